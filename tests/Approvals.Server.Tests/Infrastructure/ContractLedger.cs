using System.Text.Json.Nodes;

namespace Approvals.Server.Tests.Infrastructure;

/// <summary>
/// Records what the validating proxy said about every exchange. An answer must never depart from the document. A
/// request may only where the test sends bad input on purpose (<see cref="DeliberatelyInvalid"/>), and there it must:
/// the document then states the rule the server enforces.
/// </summary>
public sealed class ContractLedger : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<bool> DeliberatelyInvalid = new("contract.deliberately-invalid");
    const string ProxyErrors = "https://stoplight.io/prism/errors";

    readonly List<string> problems = [];

    public ContractLedger() : base(new HttpClientHandler())
    {
    }

    public int Exchanges { get; private set; }

    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (problems)
                return [.. problems];
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var violations = response.Headers.TryGetValues("sl-violations", out var values)
            ? JsonNode.Parse(string.Concat(values))!.AsArray().Select(v => v!.AsObject()).ToList()
            : [];
        var onRequest = violations.Where(v => v["location"]![0]!.GetValue<string>() == "request").ToList();
        var onResponse = violations.Except(onRequest).ToList();
        var invalid = request.Options.TryGetValue(DeliberatelyInvalid, out var flagged) && flagged;

        var exchange = $"{request.Method} {request.RequestUri!.PathAndQuery} → {(int)response.StatusCode}";
        lock (problems)
        {
            Exchanges++;
            if (body.Contains(ProxyErrors, StringComparison.Ordinal))
                problems.Add($"{exchange}: answered by the proxy, not the server: {body}");
            foreach (var violation in onResponse)
                problems.Add($"{exchange}: the answer departs from the document: {violation.ToJsonString()}");
            if (!invalid)
            {
                foreach (var violation in onRequest)
                    problems.Add($"{exchange}: a valid request departs from the document: {violation.ToJsonString()}");
            }
            else if (onRequest.Count == 0)
                problems.Add($"{exchange}: deliberately bad input that the document allows");
        }

        return response;
    }
}
