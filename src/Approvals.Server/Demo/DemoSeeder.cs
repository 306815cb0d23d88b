using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Approvals.Contracts;
using Approvals.Http;
using Approvals.Review;

namespace Approvals.Server.Demo;

/// <summary>
/// Publishes <see cref="DemoProtocol"/> and walks demo requests into every state a newcomer can see without waiting
/// days, through the public HTTP API only (dev tokens, the same endpoints, the bus, the audit trail). Every patient is
/// a pseudonym <c>DEMO-00nn</c> and every user id starts with <c>demo-</c>.
/// </summary>
/// <remarks>
/// Not made: <c>submitted</c> lasts until the workflow opens the review, a moment later, so every request passes
/// through it (its timeline shows it) but none stays there; <c>lapsed</c> and <c>expired</c> need the 14-day reply
/// deadline or the validity window to run out.
/// </remarks>
/// <param name="services">The server's services, to wait until the review service's view shows an approval before a
/// safety action on it (<see cref="ApprovalViews"/>).</param>
public sealed class DemoSeeder(HttpClient http, TimeProvider clock, IServiceProvider services)
{
    public const string PrescriberId = "demo-prescriber";
    public const string ReviewerId = "demo-reviewer";
    public const string FirstSpecialistId = "demo-specialist-1";
    public const string SecondSpecialistId = "demo-specialist-2";
    public const string AdminId = "demo-admin";

    const string Requests = "/api/v1/requests";
    const string OpenReviews = "/api/v1/reviews?status=open&limit=200";

    DemoUser _prescriber = null!;
    DemoUser _reviewer = null!;
    DemoUser _firstSpecialist = null!;
    DemoUser _secondSpecialist = null!;

    /// <summary>Seeds the demo, or does nothing when the demo protocol is already published (the data is there).</summary>
    public async Task<DemoReport> SeedAsync(CancellationToken cancellationToken)
    {
        var admin = await DemoUser.SignInAsync(http, AdminId, "Demo Admin (demo user)", Roles.Admin, cancellationToken);
        if (await admin.FindAsync(DemoProtocol.VersionPath, cancellationToken) is not null)
            return DemoReport.AlreadyPresent;

        // A version takes effect at or after its publication; the first submission waits for that moment.
        await admin.PostAsync($"/api/v1/protocols/{DemoProtocol.Id}/versions", DemoProtocol.Document(clock.GetUtcNow().AddSeconds(2)),
            HttpStatusCode.Created, cancellationToken);

        _prescriber = await DemoUser.SignInAsync(http, PrescriberId, "Dr Demo Prescriber (demo user)", Roles.Prescriber, cancellationToken);
        _reviewer = await DemoUser.SignInAsync(http, ReviewerId, "Dr Demo Reviewer (demo user)", Roles.Reviewer, cancellationToken);
        _firstSpecialist = await DemoUser.SignInAsync(http, FirstSpecialistId, "Dr Demo Specialist One (demo user)", Roles.Specialist,
            cancellationToken);
        _secondSpecialist = await DemoUser.SignInAsync(http, SecondSpecialistId, "Dr Demo Specialist Two (demo user)", Roles.Specialist,
            cancellationToken);

        var first = await UnderReviewAsync(cancellationToken);
        var cases = await Task.WhenAll(
            AwaitingInformationAsync(cancellationToken), ApprovedAsync(cancellationToken), DeniedAsync(cancellationToken),
            WithdrawnAsync(cancellationToken), SuspendedAsync(cancellationToken), RevokedAsync(cancellationToken),
            ExpertOpinionRecommendedAsync(cancellationToken), CollegialWaitingAsync(cancellationToken),
            CollegialApprovedAsync(cancellationToken), RenewalUnderReviewAsync(cancellationToken));
        return new DemoReport([first, .. cases]);
    }

    async Task<DemoCase> UnderReviewAsync(CancellationToken cancellationToken)
    {
        var (id, _) = await SubmitAsync("DEMO-0001", DemoProtocol.SingleDose, cancellationToken);
        return new DemoCase("DEMO-0001", id, "under-review", "single review: decide it as demo-reviewer");
    }

    async Task<DemoCase> AwaitingInformationAsync(CancellationToken cancellationToken)
    {
        var (id, review) = await SubmitAsync("DEMO-0002", DemoProtocol.SingleDose, cancellationToken);
        await DecideAsync(review, new JsonObject
        {
            ["outcome"] = "request-information",
            ["questions"] = new JsonArray("Liver function tests from the last month?"),
        }, cancellationToken);
        await WaitForStatusAsync(id, "awaiting-information", cancellationToken);
        return new DemoCase("DEMO-0002", id, "awaiting-information", "answer it as demo-prescriber (POST .../information)");
    }

    async Task<DemoCase> ApprovedAsync(CancellationToken cancellationToken)
    {
        var id = await ApproveAsync("DEMO-0003", cancellationToken);
        await ReportFollowUpAsync(id, cancellationToken);
        return new DemoCase("DEMO-0003", id, "approved", "with a follow-up report; suspend, revoke or renew it");
    }

    async Task<DemoCase> DeniedAsync(CancellationToken cancellationToken)
    {
        var (id, review) = await SubmitAsync("DEMO-0004", DemoProtocol.SingleDose, cancellationToken);
        await DecideAsync(review, new JsonObject
        {
            ["outcome"] = "deny",
            ["reasonCode"] = "INSUFFICIENT_EVIDENCE",
            ["rationale"] = "Demo data: no documented failure of first-line treatment.",
        }, cancellationToken);
        await WaitForStatusAsync(id, "denied", cancellationToken);
        return new DemoCase("DEMO-0004", id, "denied", "coded reason INSUFFICIENT_EVIDENCE");
    }

    async Task<DemoCase> WithdrawnAsync(CancellationToken cancellationToken)
    {
        var (id, _) = await SubmitAsync("DEMO-0005", DemoProtocol.SingleDose, cancellationToken);
        await _prescriber.PostAsync($"{Requests}/{id}/withdrawal", new JsonObject { ["reason"] = "Demo data: the patient moved away." },
            HttpStatusCode.Accepted, cancellationToken);
        await WaitForStatusAsync(id, "withdrawn", cancellationToken);
        return new DemoCase("DEMO-0005", id, "withdrawn", "withdrawn by its prescriber before a decision");
    }

    async Task<DemoCase> SuspendedAsync(CancellationToken cancellationToken)
    {
        var id = await ApproveAsync("DEMO-0006", cancellationToken);
        await SafetyActionAsync(id, "suspension", "Demo data: ALT five times the upper limit.", cancellationToken);
        await WaitForStatusAsync(id, "suspended", cancellationToken);
        return new DemoCase("DEMO-0006", id, "suspended", "reinstate or revoke it as demo-reviewer");
    }

    async Task<DemoCase> RevokedAsync(CancellationToken cancellationToken)
    {
        var id = await ApproveAsync("DEMO-0007", cancellationToken);
        await SafetyActionAsync(id, "revocation", "Demo data: serious adverse event reported.", cancellationToken);
        await WaitForStatusAsync(id, "revoked", cancellationToken);
        return new DemoCase("DEMO-0007", id, "revoked", "revocation is final");
    }

    async Task<DemoCase> ExpertOpinionRecommendedAsync(CancellationToken cancellationToken)
    {
        var (id, review) = await SubmitAsync("DEMO-0008", DemoProtocol.ExpertRecommendedDose, cancellationToken);
        // A claim in the queue, so the queue shows who is working what; a claim is advisory, anyone may still decide.
        await _reviewer.PostAsync($"/api/v1/reviews/{review}/claim", new JsonObject(), HttpStatusCode.OK, cancellationToken);
        return new DemoCase("DEMO-0008", id, "under-review",
            "single-expert-recommended, claimed by demo-reviewer: a specialist's opinion, or expertOpinionWaivedBecause to approve without one");
    }

    async Task<DemoCase> CollegialWaitingAsync(CancellationToken cancellationToken)
    {
        var (id, review) = await SubmitAsync("DEMO-0009", DemoProtocol.CollegialDose, cancellationToken);
        await OpineAsync(_firstSpecialist, review, DemoProtocol.CollegialDose, cancellationToken);
        return new DemoCase("DEMO-0009", id, "under-review",
            "collegial, 2 specialists: one opinion given, one missing (give it as demo-specialist-2)");
    }

    async Task<DemoCase> CollegialApprovedAsync(CancellationToken cancellationToken)
    {
        var (id, review) = await SubmitAsync("DEMO-0010", DemoProtocol.CollegialDose, cancellationToken);
        await OpineAsync(_firstSpecialist, review, DemoProtocol.CollegialDose, cancellationToken);
        await OpineAsync(_secondSpecialist, review, DemoProtocol.CollegialDose - 30, cancellationToken);
        await DecideAsync(review, new JsonObject
        {
            ["outcome"] = "approve-modified",
            ["approvedDailyDoseMg"] = DemoProtocol.CollegialDose - 30,
            ["rationale"] = "Demo data: the lowest dose both specialists support.",
        }, cancellationToken);
        await WaitForStatusAsync(id, "approved", cancellationToken);
        return new DemoCase("DEMO-0010", id, "approved", "collegial: two specialists' opinions, approved at the lower supported dose");
    }

    async Task<DemoCase> RenewalUnderReviewAsync(CancellationToken cancellationToken)
    {
        var id = await ApproveAsync("DEMO-0011", cancellationToken);
        await ReportFollowUpAsync(id, cancellationToken);
        await _prescriber.PostAsync($"{Requests}/{id}/renewals", new JsonObject { ["notes"] = "Demo data: abstinent for three months." },
            HttpStatusCode.Accepted, cancellationToken);
        await DemoUser.UntilAsync(() => _prescriber.GetAsync($"{Requests}/{id}", cancellationToken),
            request => request["renewal"]?["status"]?.GetValue<string>() == "under-review", $"the renewal of {id} under review", cancellationToken);
        return new DemoCase("DEMO-0011", id, "approved", "a renewal review is open (kind renewal in the queue)");
    }

    async Task<Guid> ApproveAsync(string pseudonym, CancellationToken cancellationToken)
    {
        var (id, review) = await SubmitAsync(pseudonym, DemoProtocol.SingleDose, cancellationToken);
        await DecideAsync(review, new JsonObject { ["outcome"] = "approve", ["rationale"] = "Demo data: within protocol." }, cancellationToken);
        await WaitForStatusAsync(id, "approved", cancellationToken);
        return id;
    }

    /// <summary>Submits for <paramref name="pseudonym"/> and returns the request and its review, once the review is open.</summary>
    async Task<(Guid Request, Guid Review)> SubmitAsync(string pseudonym, decimal dailyDoseMg, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["protocolId"] = DemoProtocol.Id,
            ["patient"] = new JsonObject { ["pseudonym"] = pseudonym, ["birthYear"] = 1971, ["sex"] = "female" },
            ["dailyDoseMg"] = dailyDoseMg,
            ["urgency"] = "standard",
            ["indication"] = "alcohol-dependence",
            ["justification"] = "Demo data, not a real patient: relapse after acamprosate and naltrexone.",
            ["priorTreatments"] = new JsonArray("acamprosate", "naltrexone"),
            ["patientConsent"] = true,
        };
        // The same key and body until the protocol is in force (422 before), so a retry never makes a second request.
        var key = $"demo-{pseudonym}";
        var (_, answer, _) = await DemoUser.UntilAsync(() => _prescriber.TryPostAsync(Requests, body, key, cancellationToken),
            result => result.Status == HttpStatusCode.Accepted, $"the demo protocol to take effect for {pseudonym}", cancellationToken);
        var id = answer!["id"]!.GetValue<Guid>();
        var review = await DemoUser.UntilAsync(() => FindOpenReviewAsync(id, cancellationToken), found => found is not null,
            $"the review of {pseudonym}", cancellationToken);
        return (id, review!.Value);
    }

    async Task<Guid?> FindOpenReviewAsync(Guid requestId, CancellationToken cancellationToken)
    {
        string? cursor = null;
        do
        {
            var page = await _reviewer.GetAsync(cursor is null ? OpenReviews : $"{OpenReviews}&cursor={Uri.EscapeDataString(cursor)}",
                cancellationToken);
            if (page["items"]!.AsArray().FirstOrDefault(r => r!["requestId"]!.GetValue<Guid>() == requestId) is { } review)
                return review["id"]!.GetValue<Guid>();
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);
        return null;
    }

    async Task DecideAsync(Guid review, JsonObject decision, CancellationToken cancellationToken) =>
        await _reviewer.PostAsync($"/api/v1/reviews/{review}/decision", decision, HttpStatusCode.OK, cancellationToken);

    static async Task OpineAsync(DemoUser specialist, Guid review, decimal supportedDailyDoseMg, CancellationToken cancellationToken) =>
        await specialist.PostAsync($"/api/v1/reviews/{review}/opinions", new JsonObject
        {
            ["recommendation"] = "approve",
            ["supportedDailyDoseMg"] = supportedDailyDoseMg,
            ["rationale"] = "Demo data: failed first-line treatments, no contraindication at consultation.",
        }, HttpStatusCode.OK, cancellationToken);

    /// <summary>On an approval the prescriber's view shows: the review service's view follows it a moment later.</summary>
    async Task SafetyActionAsync(Guid id, string action, string reason, CancellationToken cancellationToken)
    {
        await DemoUser.UntilAsync(() => ApprovalViews.StatusAsync(services, id, cancellationToken), status => status == RequestStatus.Approved,
            $"the review service to see request {id} approved", cancellationToken);
        await _reviewer.PostAsync($"{Requests}/{id}/{action}", new JsonObject { ["reason"] = reason }, HttpStatusCode.Accepted, cancellationToken);
    }

    async Task ReportFollowUpAsync(Guid id, CancellationToken cancellationToken) =>
        await _prescriber.PostAsync($"{Requests}/{id}/follow-ups", new JsonObject
        {
            ["date"] = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["dailyDoseMg"] = DemoProtocol.SingleDose,
            ["drinksPerDay"] = 1,
            ["adverseEvents"] = new JsonArray(new JsonObject { ["term"] = "somnolence", ["serious"] = false }),
            ["notes"] = "Demo data: craving reduced.",
        }, HttpStatusCode.Created, cancellationToken);

    async Task WaitForStatusAsync(Guid id, string status, CancellationToken cancellationToken) =>
        await DemoUser.UntilAsync(() => _prescriber.GetAsync($"{Requests}/{id}", cancellationToken),
            request => request["status"]?.GetValue<string>() == status, $"request {id} to be {status}", cancellationToken);
}
