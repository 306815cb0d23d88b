using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Approvals.Web.Tests.Prescriber;

/// <summary>
/// The other side of a prescriber's journey, through the public API as a reviewer would act: find the review of a
/// request, ask questions, approve. Also reads a request as its prescriber to wait for a state the workflow applies
/// a moment after the call that caused it.
/// </summary>
public sealed class ServiceCalls(Uri baseAddress)
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    // One client for every test: the calls are short and the server is the same process throughout.
    static readonly HttpClient Http = new();

    public Task<string> TokenAsync(string userId, string role) => DevToken.MintAsync(Http, userId, [role], userId, server: baseAddress);

    /// <summary>The open review of <paramref name="requestId"/> of the given kind, once the workflow has opened it.</summary>
    public async Task<Guid> OpenReviewOfAsync(string reviewerToken, Guid requestId, string kind = "initial")
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            string? cursor = null;
            do
            {
                var page = await GetAsync(reviewerToken, "/api/v1/reviews?status=open&limit=200" + (cursor is null ? "" : "&cursor=" + cursor));
                var found = page["items"]!.AsArray().FirstOrDefault(r =>
                    r!["requestId"]!.GetValue<Guid>() == requestId && r["kind"]!.GetValue<string>() == kind);
                if (found is not null)
                    return found["id"]!.GetValue<Guid>();
                cursor = page["nextCursor"]?.GetValue<string>();
            }
            while (cursor is not null);

            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"No open {kind} review of request {requestId} within {Patience}.");
            await Task.Delay(300);
        }
    }

    /// <summary>
    /// Publishes a protocol of this test's own, in force two seconds later: single review up to 120 mg/day, an expert
    /// opinion recommended up to 180, two specialists up to the cap of 300. Tests that share the server keep their tiers.
    /// </summary>
    public async Task<string> PublishThreeTierProtocolAsync()
    {
        var protocolId = "rx-" + Guid.NewGuid().ToString("N")[..10];
        var effectiveFrom = DateTimeOffset.UtcNow.AddSeconds(2);
        var document = new
        {
            protocolId,
            version = 1,
            effectiveFrom = effectiveFrom.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture),
            title = "Baclofen, three tiers (" + protocolId + ")",
            indications = new[] { "alcohol-dependence" },
            maxDailyDoseMg = 300,
            doseTiers = new object[]
            {
                new { upToMg = 120, review = "single" },
                new { upToMg = 180, review = "single-expert-recommended" },
                new { upToMg = 300, review = "collegial", specialists = 2 },
            },
            approvalValidity = "P180D",
            maxApprovalValidity = "P365D",
            followUpInterval = "P31D",
            renewalReminders = new[] { "P30D", "P7D" },
            reviewClocks = new { standard = "P7D", expedited = "PT72H" },
            informationDeadline = "P14D",
            taper = new { minStepMg = 10, maxStepMg = 15, stepInterval = "P2D" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, At($"/api/v1/protocols/{protocolId}/versions")) { Content = JsonContent.Create(document) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync("rx-admin", "admin"));
        using var response = await Http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"Publication refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var wait = effectiveFrom - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
            await Task.Delay(wait + TimeSpan.FromMilliseconds(200));
        return protocolId;
    }

    /// <summary>Submits a request through the API as <paramref name="prescriberToken"/>'s holder; returns its id.</summary>
    public async Task<Guid> SubmitAsync(string prescriberToken, string protocolId, string pseudonym, decimal dose)
    {
        var body = new
        {
            protocolId,
            patient = new { pseudonym, birthYear = 1975, sex = "male" },
            dailyDoseMg = dose,
            urgency = "standard",
            indication = "alcohol-dependence",
            justification = "Relapse after naltrexone.",
            priorTreatments = new[] { "naltrexone" },
            patientConsent = true,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, At("/api/v1/requests")) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", prescriberToken);
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        using var response = await Http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"Submission refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
    }

    public async Task DecideAsync(string reviewerToken, Guid reviewId, object decision)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, At($"/api/v1/reviews/{reviewId}/decision")) { Content = JsonContent.Create(decision) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", reviewerToken);
        using var response = await Http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"Decision refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Reads the request as <paramref name="token"/>'s holder until its status is <paramref name="status"/>.</summary>
    public Task<JsonObject> WaitForStatusAsync(string token, Guid requestId, string status) =>
        Eventually.UntilAsync(() => GetAsync(token, $"/api/v1/requests/{requestId}"), request => request["status"]!.GetValue<string>() == status,
            $"request {requestId} to be {status}", Patience);

    async Task<JsonObject> GetAsync(string token, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, At(path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    Uri At(string path) => new(baseAddress, path);
}
