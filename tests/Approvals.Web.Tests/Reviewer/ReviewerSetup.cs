using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Approvals.Web.Tests.Reviewer;

/// <summary>
/// What a reviewer's journey starts from, made through the public API as the other roles would (their pages are tested
/// in their own areas): a protocol, a submitted request and its open review, an approval. Every name is unique to the
/// test, so tests sharing the server never see each other's cases.
/// </summary>
public sealed class ReviewerSetup(Uri server) : IDisposable
{
    static readonly TimeSpan EventualLimit = TimeSpan.FromSeconds(30);

    readonly HttpClient _http = new() { BaseAddress = server };

    public string Unique { get; } = Guid.NewGuid().ToString("N")[..8];

    /// <summary>A pseudonym the API accepts: a code with digits, never a name.</summary>
    public string Pseudonym => $"RV-{Unique}-7";

    public Task<string> TokenAsync(string userId, string role, DateTimeOffset? authTime = null) =>
        DevToken.MintAsync(_http, userId, [role], NameOf(userId), authTime);

    public static string NameOf(string userId) => "Dr " + userId;

    /// <summary>A protocol of its own whose doses above 180 mg/day need two specialists' opinions.</summary>
    public async Task<string> PublishCollegialProtocolAsync()
    {
        var protocolId = $"rv-collegial-{Unique}";
        // A version takes effect at or after its publication: a moment from now, then wait for it to be in force.
        var effectiveFrom = DateTimeOffset.UtcNow.AddSeconds(2);
        var document = new
        {
            protocolId, version = 1, effectiveFrom = effectiveFrom.ToString("O", System.Globalization.CultureInfo.InvariantCulture), title = "Collegial test protocol",
            indications = new[] { "alcohol-dependence" }, maxDailyDoseMg = 300,
            doseTiers = new object[]
            {
                new { upToMg = 120, review = "single" },
                new { upToMg = 180, review = "single-expert-recommended" },
                new { upToMg = 300, review = "collegial", specialists = 2 },
            },
            approvalValidity = "P180D", maxApprovalValidity = "P365D", followUpInterval = "P31D", renewalReminders = new[] { "P30D" },
            reviewClocks = new { standard = "P7D", expedited = "PT72H" }, informationDeadline = "P14D",
            taper = new { minStepMg = 10, maxStepMg = 15, stepInterval = "P2D" },
        };
        await SendAsync(HttpMethod.Post, $"/api/v1/protocols/{protocolId}/versions", await TokenAsync("rv-admin", "admin"), document);
        var wait = effectiveFrom - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(500);
        if (wait > TimeSpan.Zero)
            await Task.Delay(wait);
        return protocolId;
    }

    /// <summary>Submits a request as a prescriber of this test and waits for its review to open; returns both ids.</summary>
    public async Task<(Guid RequestId, Guid ReviewId)> SubmitAsync(string protocolId, decimal dailyDoseMg, string urgency = "standard")
    {
        var body = new
        {
            protocolId, patient = new { pseudonym = Pseudonym, birthYear = 1971, sex = "female" }, dailyDoseMg, urgency,
            indication = "alcohol-dependence", justification = $"Relapse after two treatments ({Unique}).",
            priorTreatments = new[] { "acamprosate", "naltrexone" }, patientConsent = true,
        };
        var accepted = await SendAsync(HttpMethod.Post, "/api/v1/requests", await TokenAsync($"rv-prescriber-{Unique}", "prescriber"), body,
            ("Idempotency-Key", Unique));
        var requestId = accepted["id"]!.GetValue<Guid>();
        var reviewer = await TokenAsync($"rv-setup-{Unique}", "reviewer");
        var reviewId = await EventuallyAsync(async () =>
        {
            var page = await SendAsync(HttpMethod.Get, "/api/v1/reviews?limit=200", reviewer);
            return page["items"]!.AsArray().FirstOrDefault(r => r!["requestId"]!.GetValue<Guid>() == requestId)?["id"]!.GetValue<Guid>();
        });
        return (requestId, reviewId);
    }

    /// <summary>Claims the review as another reviewer, so the page under test meets someone else's claim.</summary>
    public async Task ClaimAsOtherAsync(Guid reviewId, string otherReviewerId) =>
        await SendAsync(HttpMethod.Post, $"/api/v1/reviews/{reviewId}/claim", await TokenAsync(otherReviewerId, "reviewer"), new { });

    /// <summary>Approves the review as the setup's reviewer and waits for the request to show the approval.</summary>
    public async Task ApproveAsync(Guid requestId, Guid reviewId)
    {
        var reviewer = await TokenAsync($"rv-setup-{Unique}", "reviewer");
        await SendAsync(HttpMethod.Post, $"/api/v1/reviews/{reviewId}/decision", reviewer, new { outcome = "approve" });
        await EventuallyAsync(async () =>
        {
            var request = await SendAsync(HttpMethod.Get, $"/api/v1/requests/{requestId}", reviewer);
            return request["status"]!.GetValue<string>() == "approved" ? (bool?)true : null;
        });
    }

    /// <summary>As the prescriber: reports a follow-up and asks for renewal; returns the renewal review once it opens.</summary>
    public async Task<Guid> RenewAsync(Guid requestId)
    {
        var prescriber = await TokenAsync($"rv-prescriber-{Unique}", "prescriber");
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await SendAsync(HttpMethod.Post, $"/api/v1/requests/{requestId}/follow-ups", prescriber, new
        {
            date = today, dailyDoseMg = 60, drinksPerDay = 2.5, adverseEvents = new[] { new { term = "somnolence", serious = false } },
            notes = $"Stable ({Unique}).",
        });
        await SendAsync(HttpMethod.Post, $"/api/v1/requests/{requestId}/renewals", prescriber, new { notes = "Abstinent for three months." });
        var reviewer = await TokenAsync($"rv-setup-{Unique}", "reviewer");
        return await EventuallyAsync(async () =>
        {
            var page = await SendAsync(HttpMethod.Get, "/api/v1/reviews?status=open&limit=200", reviewer);
            return page["items"]!.AsArray()
                .FirstOrDefault(r => r!["requestId"]!.GetValue<Guid>() == requestId && r["kind"]!.GetValue<string>() == "renewal")?["id"]!.GetValue<Guid>();
        });
    }

    async Task<JsonNode> SendAsync(HttpMethod method, string path, string token, object? body = null, (string Name, string Value)? header = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (header is { } h)
            request.Headers.Add(h.Name, h.Value);
        if (body is not null)
            request.Content = JsonContent.Create(body);
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text.Length == 0 ? "{}" : text)!;
    }

    /// <summary>The services talk through messages: a step shows a moment later.</summary>
    static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe) where T : struct =>
        (await Eventually.UntilAsync(probe, value => value.HasValue, "a step the workflow applies", EventualLimit))!.Value;

    public void Dispose() => _http.Dispose();
}
