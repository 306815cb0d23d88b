using System.Net;
using System.Text.Json.Nodes;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;
using static Approvals.Server.Tests.Infrastructure.ApprovedCase;

namespace Approvals.Server.Tests.Http;

public sealed class When_a_prescriber_asks_for_a_renewal(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    static readonly JsonObject Notes = new() { ["notes"] = "Abstinent for five months on 90 mg." };

    [Fact]
    public async Task Should_open_a_renewal_review_and_on_approval_move_the_window_forward_without_a_gap()
    {
        var (open, approved) = await StartAsync(api);
        var firstUntil = approved["validUntil"]!.GetValue<DateTimeOffset>();
        await open.ReportFollowUpAsync();
        AssertStanding(await open.Prescriber.GetRequestAsync(open.RequestId), canAsk: true, reason: null);

        using var asked = await open.Prescriber.PostJsonAsync(RenewalsPath(open.RequestId), Notes);

        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        AssertStanding(await open.WaitForRenewalAsync("under-review", cycle: 0), canAsk: false, reason: "renewalUnderReview");
        var renewal = await open.Reviewer.WaitForOpenReviewAsync(open.RequestId);
        Assert.Equal("renewal", renewal.Str("kind"));
        Assert.Equal(firstUntil, (await open.Reviewer.GetReviewAsync(renewal.Id()))["validityStartsAt"]!.GetValue<DateTimeOffset>());

        var chosenUntil = firstUntil.AddDays(90);
        var decision = Decisions.Approve();
        decision["validUntil"] = chosenUntil;
        using var decided = await open.Reviewer.DecideAsync(renewal.Id(), decision);

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var renewed = await open.WaitForRenewalAsync("approved", cycle: 1);
        Assert.Equal((firstUntil, chosenUntil),
            (renewed["validFrom"]!.GetValue<DateTimeOffset>(), renewed["validUntil"]!.GetValue<DateTimeOffset>()));
        Assert.Equal("approved", renewed.Str("status"));

        // The renewed window has not started yet: there is nothing to renew until it runs, and the view says when it does.
        AssertStanding(renewed, canAsk: false, reason: "renewedWindowNotStarted");
        Assert.Equal(firstUntil, renewed["renewal"]!["opensAt"]!.GetValue<DateTimeOffset>());
        using var again = await open.Prescriber.PostJsonAsync(RenewalsPath(open.RequestId), Notes);
        var problem = await again.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("renewedWindowNotStarted", problem.Str("code"));
    }

    /// <summary>The view's standing is the one the renewal endpoint answers: the page offers the renewal by it.</summary>
    static void AssertStanding(JsonObject request, bool canAsk, string? reason)
    {
        var renewal = request["renewal"]!;
        Assert.Equal((canAsk, reason), (renewal["canAsk"]!.GetValue<bool>(), renewal["reason"]?.GetValue<string>()));
    }

    [Fact]
    public async Task Should_refuse_with_follow_up_missing_when_no_recent_follow_up_exists()
    {
        // A follow-up cannot predate the submission, so over HTTP "not recent" means none at all; the saga's own specs
        // cover an assessment older than the interval.
        var (stale, _) = await StartAsync(api);

        using var none = await stale.Prescriber.PostJsonAsync(RenewalsPath(stale.RequestId), Notes);

        var problem = await none.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("followUpMissing", problem.Str("code"));
        var request = await stale.Prescriber.GetRequestAsync(stale.RequestId);
        Assert.Null(request["renewal"]!["status"]);
        AssertStanding(request, canAsk: false, reason: "followUpMissing");
        Assert.NotNull(request["renewal"]!["followUpFrom"]);
        // Whoever reads the request sees the case's standing, not their own: a reviewer is told what the prescriber may do.
        AssertStanding(await stale.Reviewer.GetRequestAsync(stale.RequestId), canAsk: false, reason: "followUpMissing");
    }

    [Fact]
    public async Task Should_refuse_a_second_renewal_while_one_is_under_review()
    {
        var (open, _) = await StartAsync(api);
        await open.ReportFollowUpAsync();
        using var first = await open.Prescriber.PostJsonAsync(RenewalsPath(open.RequestId), Notes);
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        await open.WaitForRenewalAsync("under-review", cycle: 0);

        using var second = await open.Prescriber.PostJsonAsync(RenewalsPath(open.RequestId), Notes);

        await second.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Should_refuse_to_ask_the_prescriber_questions_in_a_renewal_review()
    {
        var (open, _) = await StartAsync(api);
        await open.ReportFollowUpAsync();
        using var asked = await open.Prescriber.PostJsonAsync(RenewalsPath(open.RequestId), Notes);
        var renewal = await open.Reviewer.WaitForOpenReviewAsync(open.RequestId);

        using var questions = await open.Reviewer.DecideAsync(renewal.Id(), Decisions.RequestInformation("Liver tests?"));

        await questions.AssertProblemNamingAsync(HttpStatusCode.BadRequest, "outcome");
        Assert.Equal("open", (await open.Reviewer.GetReviewAsync(renewal.Id())).Str("status"));
    }

    [Fact]
    public async Task Should_refuse_renewal_of_a_request_not_approved_and_hide_others_requests()
    {
        var open = await OpenCase.StartAsync(api);
        var (approved, _) = await StartAsync(api);
        await approved.ReportFollowUpAsync();
        using var other = await api.ClientAsync(Users.NewId("prescriber"), Roles.Prescriber);

        using var notApproved = await open.Prescriber.PostJsonAsync(RenewalsPath(open.RequestId), Notes);
        using var byOther = await other.PostJsonAsync(RenewalsPath(approved.RequestId), Notes);
        using var byReviewer = await approved.Reviewer.PostJsonAsync(RenewalsPath(approved.RequestId), Notes);
        using var unknown = await approved.Prescriber.PostJsonAsync(RenewalsPath(Guid.NewGuid()), Notes);
        using var longNotes = await approved.Prescriber.PostJsonAsync(RenewalsPath(approved.RequestId),
            new JsonObject { ["notes"] = new string('n', 4001) });

        await notApproved.AssertProblemAsync(HttpStatusCode.Conflict);
        await byOther.AssertProblemAsync(HttpStatusCode.NotFound);
        await byReviewer.AssertProblemAsync(HttpStatusCode.Forbidden);
        await unknown.AssertProblemAsync(HttpStatusCode.NotFound);
        await longNotes.AssertProblemNamingAsync(HttpStatusCode.BadRequest, "notes");
        Assert.Null((await approved.Prescriber.GetRequestAsync(approved.RequestId))["renewal"]!["status"]);
    }
}
