using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Approvals.Contracts;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Server.Tests.Contract;

/// <summary>
/// The OpenAPI document against real traffic: the server on a loopback port, Stoplight Prism in proxy mode in front of
/// it, and one whole lifecycle through the proxy (submission, queue, questions and answer, opinion, approval at a lower
/// dose, follow-ups, renewal, safety actions, withdrawal, audit, metrics, protocols), with bad input and every kind of
/// refusal. Prism forwards every request, so the server's answer to bad input is checked too, and names each departure
/// from the document in <c>sl-violations</c>; <see cref="ContractLedger"/> fails on any the test did not ask for.
/// Malformed JSON is left to the direct tests: Prism never answers a body it cannot parse.
/// </summary>
[Trait(Category.Trait, Category.Contract)]
public sealed class When_traffic_passes_a_validating_proxy : IAsyncLifetime, IDisposable
{
    readonly ApprovalsApiFactory api = new();
    readonly ContractLedger ledger = new();
    PrismProxy proxy = null!;
    string documentPath = "";

    public async Task InitializeAsync()
    {
        api.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        api.StartServer();
        var upstream = new Uri(api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        using var direct = new HttpClient { BaseAddress = upstream };
        documentPath = Path.Combine(Path.GetTempPath(), $"approvals-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(documentPath, await direct.GetStringAsync("/openapi/v1.json"));
        proxy = await PrismProxy.StartAsync(documentPath, upstream);
    }

    public async Task DisposeAsync()
    {
        await proxy.DisposeAsync();
        await api.DisposeAsync();
        File.Delete(documentPath);
    }

    public void Dispose()
    {
        ledger.Dispose();
        api.Dispose();
    }

    [Fact]
    public async Task Should_answer_a_whole_lifecycle_as_the_document_says()
    {
        using var anonymous = Client(null);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/ready")).StatusCode);
        await Expect(HttpStatusCode.BadRequest, anonymous, HttpMethod.Post, "/dev/token", new JsonObject { ["userId"] = "nobody" }, invalid: true);

        using var prescriber = await SignedIn("contract-prescriber", Roles.Prescriber);
        using var stranger = await SignedIn("contract-stranger", Roles.Prescriber);
        using var reviewer = await SignedIn("contract-reviewer", Roles.Reviewer);
        using var specialist = await SignedIn("contract-specialist", Roles.Specialist);
        using var auditor = await SignedIn("contract-auditor", Roles.Auditor);
        using var admin = await SignedIn("contract-admin", Roles.Admin);
        using var prescribingReviewer = await SignedIn("contract-dual", Roles.Prescriber, Roles.Reviewer);
        using var staleReviewer = await SignedIn("contract-stale", DateTimeOffset.UtcNow.AddHours(-1), Roles.Reviewer);
        using var badToken = Client("not-a-token");

        // Submission, with its refusals.
        var key = Users.NewIdempotencyKey();
        var requestId = (await Expect(HttpStatusCode.Accepted, prescriber, HttpMethod.Post, RequestsApi.Path, SubmissionBodies.Valid(), key: key)).Id();
        await Expect(HttpStatusCode.Accepted, prescriber, HttpMethod.Post, RequestsApi.Path, SubmissionBodies.Valid(), key: key);
        await Expect(HttpStatusCode.UnprocessableEntity, prescriber, HttpMethod.Post, RequestsApi.Path, SubmissionBodies.Valid(50), key: key);
        await Expect(HttpStatusCode.UnprocessableEntity, prescriber, HttpMethod.Post, RequestsApi.Path,
            SubmissionBodies.With("protocolId", "no-such-protocol"), key: Users.NewIdempotencyKey());
        await Expect(HttpStatusCode.Accepted, prescriber, HttpMethod.Post, RequestsApi.Path, SubmissionBodies.Without("priorTreatments"),
            key: Users.NewIdempotencyKey());
        await Expect(HttpStatusCode.BadRequest, prescriber, HttpMethod.Post, RequestsApi.Path, SubmissionBodies.Without("patientConsent"),
            key: Users.NewIdempotencyKey(), invalid: true);
        await Expect(HttpStatusCode.BadRequest, prescriber, HttpMethod.Post, RequestsApi.Path, SubmissionBodies.With("patient.pseudonym", "Jane Doe"),
            key: Users.NewIdempotencyKey());
        await Expect(HttpStatusCode.BadRequest, prescriber, HttpMethod.Post, RequestsApi.Path, SubmissionBodies.Valid(), invalid: true);
        await Expect(HttpStatusCode.UnsupportedMediaType, prescriber, HttpMethod.Post, RequestsApi.Path, raw: "protocol=baclofen-aud",
            mediaType: "text/plain", key: Users.NewIdempotencyKey(), invalid: true);
        await Expect(HttpStatusCode.Unauthorized, anonymous, HttpMethod.Post, RequestsApi.Path, SubmissionBodies.Valid(), key: Users.NewIdempotencyKey(),
            invalid: true);
        await Expect(HttpStatusCode.Unauthorized, badToken, HttpMethod.Get, RequestsApi.Path);
        await Expect(HttpStatusCode.Forbidden, reviewer, HttpMethod.Post, RequestsApi.Path, SubmissionBodies.Valid(), key: Users.NewIdempotencyKey());

        // Reading requests.
        await Expect(HttpStatusCode.OK, prescriber, HttpMethod.Get, $"{RequestsApi.Path}?status=submitted&limit=2");
        await Expect(HttpStatusCode.BadRequest, prescriber, HttpMethod.Get, $"{RequestsApi.Path}?status=pending");
        await Expect(HttpStatusCode.BadRequest, prescriber, HttpMethod.Get, $"{RequestsApi.Path}?limit=many", invalid: true);
        await Expect(HttpStatusCode.NotFound, prescriber, HttpMethod.Get, $"{RequestsApi.Path}/{Guid.NewGuid()}");
        await Expect(HttpStatusCode.NotFound, stranger, HttpMethod.Get, $"{RequestsApi.Path}/{requestId}");

        // The review: a question, the answer, an opinion, an approval at a lower dose.
        var reviewId = (await WaitFor(reviewer, ReviewsApi.OpenQueue, page => page["items"]!.AsArray().Any(r => r!.Id("requestId") == requestId)))
            ["items"]!.AsArray().Single(r => r!.Id("requestId") == requestId)!.Id();
        var review = $"{ReviewsApi.Path}/{reviewId}";
        await Expect(HttpStatusCode.OK, reviewer, HttpMethod.Get, review);
        await Expect(HttpStatusCode.NotFound, reviewer, HttpMethod.Get, $"{ReviewsApi.Path}/{Guid.NewGuid()}");
        await Expect(HttpStatusCode.Forbidden, auditor, HttpMethod.Get, ReviewsApi.OpenQueue);
        // Claims: advisory, so the stale sign-in takes one over (no signature involved) and the reviewer still decides.
        await Expect(HttpStatusCode.OK, reviewer, HttpMethod.Post, $"{review}/claim");
        await Expect(HttpStatusCode.Conflict, staleReviewer, HttpMethod.Post, $"{review}/claim");
        await Expect(HttpStatusCode.OK, staleReviewer, HttpMethod.Post, $"{review}/claim", new JsonObject { ["takeOver"] = true });
        await Expect(HttpStatusCode.BadRequest, staleReviewer, HttpMethod.Post, $"{review}/claim", new JsonObject { ["takeOver"] = "yes" },
            invalid: true);
        await Expect(HttpStatusCode.OK, staleReviewer, HttpMethod.Get, $"{ReviewsApi.Path}?claimed=mine");
        await Expect(HttpStatusCode.BadRequest, staleReviewer, HttpMethod.Get, $"{ReviewsApi.Path}?claimed=someone");
        await Expect(HttpStatusCode.Conflict, reviewer, HttpMethod.Post, $"{review}/release");
        await Expect(HttpStatusCode.OK, staleReviewer, HttpMethod.Post, $"{review}/release");
        await Expect(HttpStatusCode.NotFound, reviewer, HttpMethod.Post, $"{ReviewsApi.Path}/{Guid.NewGuid()}/claim");
        await Expect(HttpStatusCode.Forbidden, specialist, HttpMethod.Post, $"{review}/claim");
        await Expect(HttpStatusCode.OK, reviewer, HttpMethod.Post, $"{review}/claim");
        await Expect(HttpStatusCode.Unauthorized, staleReviewer, HttpMethod.Post, $"{review}/decision", Decisions.Approve());
        await Expect(HttpStatusCode.BadRequest, reviewer, HttpMethod.Post, $"{review}/decision", new JsonObject { ["outcome"] = "maybe" }, invalid: true);
        await Expect(HttpStatusCode.OK, reviewer, HttpMethod.Post, $"{review}/decision",
            new JsonObject { ["outcome"] = "request-information", ["questions"] = new JsonArray("Liver function tests?") });
        await Expect(HttpStatusCode.Conflict, reviewer, HttpMethod.Post, $"{review}/decision", Decisions.Approve());
        var request = $"{RequestsApi.Path}/{requestId}";
        await WaitFor(prescriber, request, r => r.Str("status") == "awaiting-information");
        await Expect(HttpStatusCode.BadRequest, prescriber, HttpMethod.Post, $"{request}/information", new JsonObject(), invalid: true);
        await Expect(HttpStatusCode.Accepted, prescriber, HttpMethod.Post, $"{request}/information", new JsonObject { ["text"] = "ALT and AST normal." });
        await WaitFor(prescriber, request, r => r.Str("status") == "under-review");
        await WaitFor(reviewer, review, r => r.Str("status") == "open");
        await Expect(HttpStatusCode.Conflict, prescriber, HttpMethod.Post, $"{request}/information", new JsonObject { ["text"] = "Again." });
        await Expect(HttpStatusCode.OK, specialist, HttpMethod.Post, $"{review}/opinions",
            new JsonObject { ["recommendation"] = "approve", ["supportedDailyDoseMg"] = 50, ["rationale"] = "Start lower." });
        await Expect(HttpStatusCode.Conflict, specialist, HttpMethod.Post, $"{review}/opinions",
            new JsonObject { ["recommendation"] = "deny", ["rationale"] = "Changed my mind." });
        await Expect(HttpStatusCode.OK, reviewer, HttpMethod.Post, $"{review}/decision",
            new JsonObject { ["outcome"] = "approve-modified", ["approvedDailyDoseMg"] = 50, ["rationale"] = "Start below the requested dose." });
        await WaitFor(prescriber, request, r => r.Str("status") == "approved");
        await Expect(HttpStatusCode.Conflict, reviewer, HttpMethod.Post, $"{review}/release");

        // One's own request: no decision, no safety action.
        var ownId = (await Expect(HttpStatusCode.Accepted, prescribingReviewer, HttpMethod.Post, RequestsApi.Path, SubmissionBodies.Valid(),
            key: Users.NewIdempotencyKey())).Id();
        var ownReviewId = (await WaitFor(reviewer, ReviewsApi.OpenQueue, page => page["items"]!.AsArray().Any(r => r!.Id("requestId") == ownId)))
            ["items"]!.AsArray().Single(r => r!.Id("requestId") == ownId)!.Id();
        await Expect(HttpStatusCode.Forbidden, prescribingReviewer, HttpMethod.Post, $"{ReviewsApi.Path}/{ownReviewId}/decision", Decisions.Approve());
        await Expect(HttpStatusCode.Forbidden, prescribingReviewer, HttpMethod.Post, $"{RequestsApi.Path}/{ownId}/suspension",
            new JsonObject { ["reason"] = "Mine." });
        await Expect(HttpStatusCode.OK, reviewer, HttpMethod.Post, $"{ReviewsApi.Path}/{ownReviewId}/decision",
            new JsonObject { ["outcome"] = "deny", ["reasonCode"] = "INSUFFICIENT_EVIDENCE", ["rationale"] = "No prior treatment failed." });

        // Follow-ups and renewal.
        await Expect(HttpStatusCode.UnprocessableEntity, prescriber, HttpMethod.Post, $"{request}/renewals", new JsonObject { ["notes"] = "Too early." });
        await Expect(HttpStatusCode.Created, prescriber, HttpMethod.Post, $"{request}/follow-ups", ApprovedCase.FollowUp());
        await Expect(HttpStatusCode.Created, prescriber, HttpMethod.Post, $"{request}/follow-ups", new JsonObject
        {
            ["date"] = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["dailyDoseMg"] = 50,
            ["consumption"] = new JsonObject { ["measure"] = "heavy-drinking-days-per-month", ["value"] = 2 },
        });
        await Expect(HttpStatusCode.BadRequest, prescriber, HttpMethod.Post, $"{request}/follow-ups", new JsonObject { ["dailyDoseMg"] = 50 }, invalid: true);
        await Expect(HttpStatusCode.NotFound, stranger, HttpMethod.Post, $"{request}/follow-ups", ApprovedCase.FollowUp());
        await Expect(HttpStatusCode.OK, reviewer, HttpMethod.Get, $"{request}/follow-ups");
        await Expect(HttpStatusCode.Accepted, prescriber, HttpMethod.Post, $"{request}/renewals");
        await WaitFor(prescriber, request, r => r["renewal"]?.Str("status") == "under-review");
        await Expect(HttpStatusCode.Conflict, prescriber, HttpMethod.Post, $"{request}/renewals", new JsonObject { ["notes"] = "Again." });
        var renewalReviewId = (await WaitFor(reviewer, ReviewsApi.OpenQueue, page => page["items"]!.AsArray().Any(r => r!.Id("requestId") == requestId)))
            ["items"]!.AsArray().Single(r => r!.Id("requestId") == requestId)!.Id();
        await Expect(HttpStatusCode.OK, reviewer, HttpMethod.Post, $"{ReviewsApi.Path}/{renewalReviewId}/decision", Decisions.Approve());
        await WaitFor(prescriber, request, r => r["renewal"]?.Str("status") == "approved");
        await api.WaitForReviewViewAsync(requestId, RequestStatus.Approved);
        await Expect(HttpStatusCode.Conflict, prescriber, HttpMethod.Post, $"{request}/renewals");

        // Safety actions.
        await Expect(HttpStatusCode.BadRequest, reviewer, HttpMethod.Post, $"{request}/suspension", new JsonObject(), invalid: true);
        await Expect(HttpStatusCode.Accepted, reviewer, HttpMethod.Post, $"{request}/suspension", new JsonObject { ["reason"] = "ALT five times the upper limit." });
        await WaitFor(prescriber, request, r => r.Str("status") == "suspended");
        await api.WaitForReviewViewAsync(requestId, RequestStatus.Suspended);
        await Expect(HttpStatusCode.Accepted, reviewer, HttpMethod.Post, $"{request}/reinstatement", new JsonObject { ["reason"] = "ALT back to normal." });
        await WaitFor(prescriber, request, r => r.Str("status") == "approved");
        await api.WaitForReviewViewAsync(requestId, RequestStatus.Approved);
        await Expect(HttpStatusCode.Accepted, reviewer, HttpMethod.Post, $"{request}/revocation", new JsonObject { ["reason"] = "Serious adverse event." });
        await WaitFor(prescriber, request, r => r.Str("status") == "revoked");
        await Expect(HttpStatusCode.Conflict, reviewer, HttpMethod.Post, $"{request}/reinstatement", new JsonObject { ["reason"] = "Too late." });

        // Withdrawal.
        var withdrawnId = (await Expect(HttpStatusCode.Accepted, stranger, HttpMethod.Post, RequestsApi.Path, SubmissionBodies.Valid(),
            key: Users.NewIdempotencyKey())).Id();
        var withdrawn = $"{RequestsApi.Path}/{withdrawnId}";
        await Expect(HttpStatusCode.BadRequest, stranger, HttpMethod.Post, $"{withdrawn}/withdrawal", new JsonObject(), invalid: true);
        await Expect(HttpStatusCode.Accepted, stranger, HttpMethod.Post, $"{withdrawn}/withdrawal", new JsonObject { ["reason"] = "Patient moved away." });
        await WaitFor(stranger, withdrawn, r => r.Str("status") == "withdrawn");
        await Expect(HttpStatusCode.Conflict, stranger, HttpMethod.Post, $"{withdrawn}/withdrawal", new JsonObject { ["reason"] = "Again." });

        // The audit trail, its exports and metrics.
        var trail = $"/api/v1/audit/requests/{requestId}";
        await WaitFor(auditor, $"{trail}?limit=200", page => page["items"]!.AsArray().Any(e => e!.Str("action") == "request.revoked"));
        await Expect(HttpStatusCode.OK, auditor, HttpMethod.Get, $"{trail}?limit=3");
        await Expect(HttpStatusCode.NotFound, auditor, HttpMethod.Get, $"/api/v1/audit/requests/{Guid.NewGuid()}");
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Expect(HttpStatusCode.OK, auditor, HttpMethod.Get, $"/api/v1/audit/entries?from={today}&to={tomorrow}&actorId=contract-reviewer&limit=50");
        await Expect(HttpStatusCode.OK, auditor, HttpMethod.Get, $"/api/v1/audit/entries?requestId={requestId}&action=decision.recorded");
        await Expect(HttpStatusCode.BadRequest, auditor, HttpMethod.Get, "/api/v1/audit/entries?from=yesterday");
        await Expect(HttpStatusCode.OK, auditor, HttpMethod.Get, $"/api/v1/audit/export?requestId={requestId}&format=csv");
        await Expect(HttpStatusCode.OK, auditor, HttpMethod.Get, $"/api/v1/audit/export?requestId={requestId}&format=jsonl");
        await Expect(HttpStatusCode.BadRequest, auditor, HttpMethod.Get, "/api/v1/audit/export");
        await Expect(HttpStatusCode.OK, auditor, HttpMethod.Get, "/api/v1/audit/verification");
        await Expect(HttpStatusCode.OK, auditor, HttpMethod.Get, $"/api/v1/audit/metrics?from={today}&to={tomorrow}");
        await Expect(HttpStatusCode.OK, auditor, HttpMethod.Get, "/api/v1/audit/metrics?format=csv");
        await Expect(HttpStatusCode.BadRequest, auditor, HttpMethod.Get, "/api/v1/audit/metrics?format=xml");
        await Expect(HttpStatusCode.Forbidden, prescriber, HttpMethod.Get, "/api/v1/audit/verification");

        // Protocols.
        await Expect(HttpStatusCode.OK, admin, HttpMethod.Get, "/api/v1/protocols");
        var inForce = await Expect(HttpStatusCode.OK, admin, HttpMethod.Get, $"/api/v1/protocols/{SubmissionBodies.ProtocolId}/versions/3");
        await Expect(HttpStatusCode.NotFound, admin, HttpMethod.Get, $"/api/v1/protocols/{SubmissionBodies.ProtocolId}/versions/99");
        await Expect(HttpStatusCode.Conflict, admin, HttpMethod.Post, $"/api/v1/protocols/{SubmissionBodies.ProtocolId}/versions", inForce);
        var next = inForce.DeepClone().AsObject();
        next["version"] = 4;
        next["effectiveFrom"] = DateTimeOffset.UtcNow.AddDays(1).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        next["title"] = "Contract test version";
        await Expect(HttpStatusCode.Created, admin, HttpMethod.Post, $"/api/v1/protocols/{SubmissionBodies.ProtocolId}/versions", next);
        await Expect(HttpStatusCode.UnprocessableEntity, admin, HttpMethod.Post, $"/api/v1/protocols/{SubmissionBodies.ProtocolId}/versions",
            new JsonObject { ["protocolId"] = SubmissionBodies.ProtocolId }, invalid: true);
        await Expect(HttpStatusCode.Forbidden, reviewer, HttpMethod.Get, "/api/v1/protocols");

        // Last: the server closes a connection whose body it refused unread, and the proxy may reuse that connection.
        await Expect(HttpStatusCode.RequestEntityTooLarge, prescriber, HttpMethod.Post, RequestsApi.Path,
            SubmissionBodies.With("justification", new string('x', 70_000)), key: Users.NewIdempotencyKey());

        Assert.True(ledger.Problems.Count == 0,
            $"{ledger.Problems.Count} of {ledger.Exchanges} exchanges depart from the OpenAPI document:\n{string.Join("\n", ledger.Problems)}");
    }

    HttpClient Client(string? token)
    {
        var client = new HttpClient(ledger, disposeHandler: false) { BaseAddress = proxy.Address };
        if (token is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    Task<HttpClient> SignedIn(string userId, params string[] roles) => SignedIn(userId, null, roles);

    async Task<HttpClient> SignedIn(string userId, DateTimeOffset? authTime, params string[] roles)
    {
        using var anonymous = Client(null);
        var token = await Expect(HttpStatusCode.OK, anonymous, HttpMethod.Post, "/dev/token", new JsonObject
        {
            ["userId"] = userId, ["name"] = userId, ["roles"] = new JsonArray([.. roles.Select(r => (JsonNode)r)]),
            ["authTime"] = authTime?.ToString("O"),
        });
        return Client(token.Str("accessToken"));
    }

    /// <summary>Sends one request through the proxy and asserts its status; the ledger checks it against the document.</summary>
    async Task<JsonNode> Expect(HttpStatusCode status, HttpClient client, HttpMethod method, string path, JsonNode? body = null, string? raw = null,
        string mediaType = "application/json", string? key = null, bool invalid = false)
    {
        using var message = new HttpRequestMessage(method, path);
        if (body is not null || raw is not null)
            message.Content = new StringContent(raw ?? body!.ToJsonString(), Encoding.UTF8, mediaType);
        if (key is not null)
            message.Headers.Add("Idempotency-Key", key);
        message.Options.Set(ContractLedger.DeliberatelyInvalid, invalid);
        using var response = await client.SendAsync(message);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{method} {path}: expected {(int)status}, got {(int)response.StatusCode}: {text}\n"
            + $"Departures from the document so far:\n{string.Join("\n", ledger.Problems)}");
        return response.Content.Headers.ContentType?.MediaType is "application/json" or "application/problem+json"
            ? JsonNode.Parse(text)!
            : new JsonObject();
    }

    Task<JsonNode> WaitFor(HttpClient client, string path, Func<JsonNode, bool> done) =>
        Eventually.UntilAsync(() => Expect(HttpStatusCode.OK, client, HttpMethod.Get, path), done, $"{path} to change");
}
