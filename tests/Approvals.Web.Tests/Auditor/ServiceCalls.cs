using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Approvals.Web.Tests.Auditor;

/// <summary>
/// Test data made the way a client would make it: through the public HTTP API of the shared server, with a
/// Development token per user. Each test uses its own users and requests, so tests sharing the server do not collide.
/// </summary>
public sealed class ServiceCalls(Uri baseAddress) : IDisposable
{
    static readonly TimeSpan PollLimit = TimeSpan.FromSeconds(30);

    readonly HttpClient _http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public Task<string> TokenAsync(string userId, string role, string name) => DevToken.MintAsync(_http, userId, [role], name);

    /// <summary>Submits a request as a prescriber of the test's own and returns its id.</summary>
    public async Task<Guid> SubmitRequestAsync(string prescriberId, string urgency = "standard")
    {
        var token = await TokenAsync(prescriberId, "prescriber", "Dr Test " + prescriberId);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/requests")
        {
            Content = JsonContent.Create(new
            {
                protocolId = "baclofen-aud",
                patient = new { pseudonym = "PT-" + Guid.NewGuid().ToString("N")[..10], birthYear = 1971, sex = "female" },
                dailyDoseMg = 60,
                urgency,
                indication = "alcohol-dependence",
                justification = "Relapse after two abstinence attempts; tolerated 40 mg/day.",
                patientConsent = true,
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"Submission answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!["id"]!.GetValue<Guid>();
    }

    /// <summary>Waits until the audit trail holds at least <paramref name="entries"/> entries for the request (the audit service hears of it over the bus).</summary>
    public async Task WaitForTrailAsync(Guid requestId, int entries = 1)
    {
        var token = await TokenAsync("audit-test-auditor", "auditor", "Audit Test Auditor");
        await Eventually.True(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/audit/requests/{requestId}?limit=200");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await _http.SendAsync(request);
            return response.StatusCode == HttpStatusCode.OK &&
                (await response.Content.ReadFromJsonAsync<JsonObject>())!["items"]!.AsArray().Count >= entries;
        }, $"the trail of {requestId} to show {entries} entries", PollLimit);
    }

    public void Dispose() => _http.Dispose();
}
