using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Approvals.Server.Demo;

/// <summary>
/// One demo user on the public HTTP API: a token from <c>POST /dev/token</c>, JSON in and out, and bounded polling for
/// what the bus delivers a moment later. Every call goes through the same endpoints, policies and audit trail as a
/// real user's.
/// </summary>
public sealed class DemoUser
{
    static readonly TimeSpan PollTimeout = TimeSpan.FromSeconds(30);
    static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    readonly HttpClient _http;
    readonly string _token;

    DemoUser(HttpClient http, string id, string token) => (_http, Id, _token) = (http, id, token);

    public string Id { get; }

    public static async Task<DemoUser> SignInAsync(HttpClient http, string id, string name, string role, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["userId"] = id, ["name"] = name, ["roles"] = new JsonArray(role) };
        using var response = await http.PostAsync("/dev/token", Json(body), cancellationToken);
        var answer = await ReadAsync(response, HttpStatusCode.OK, $"a token for {id}", cancellationToken);
        return new DemoUser(http, id, answer!["accessToken"]!.GetValue<string>());
    }

    /// <summary>The resource at <paramref name="path"/>, or null when it is 404.</summary>
    public async Task<JsonNode?> FindAsync(string path, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Get, path);
        using var response = await _http.SendAsync(request, cancellationToken);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await ReadAsync(response, HttpStatusCode.OK, $"GET {path}", cancellationToken);
    }

    public async Task<JsonNode> GetAsync(string path, CancellationToken cancellationToken) =>
        await FindAsync(path, cancellationToken) ?? throw new DemoFailedException($"GET {path} answered 404.");

    public async Task<JsonNode?> PostAsync(string path, JsonNode body, HttpStatusCode expected, CancellationToken cancellationToken,
        string? idempotencyKey = null)
    {
        var (status, answer, text) = await TryPostAsync(path, body, idempotencyKey, cancellationToken);
        return status == expected ? answer : throw new DemoFailedException($"POST {path} answered {(int)status}, not {(int)expected}: {text}");
    }

    public async Task<(HttpStatusCode Status, JsonNode? Body, string Text)> TryPostAsync(string path, JsonNode body, string? idempotencyKey,
        CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Post, path);
        request.Content = Json(body);
        if (idempotencyKey is not null)
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        using var response = await _http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), text);
    }

    /// <summary>Polls <paramref name="probe"/> until <paramref name="done"/> holds, for at most 30 seconds.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var seen = await probe();
            if (done(seen))
                return seen;
            if (clock.Elapsed > PollTimeout)
                throw new DemoFailedException($"Waited {PollTimeout.TotalSeconds:0} s for {what}.");
            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        return request;
    }

    static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    static async Task<JsonNode?> ReadAsync(HttpResponseMessage response, HttpStatusCode expected, string what, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != expected)
            throw new DemoFailedException($"{what} answered {(int)response.StatusCode}, not {(int)expected}: {text}");
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }
}

/// <summary>The server did not answer a demo step as it should; the message says which step and what came back.</summary>
public sealed class DemoFailedException(string message) : Exception(message);
