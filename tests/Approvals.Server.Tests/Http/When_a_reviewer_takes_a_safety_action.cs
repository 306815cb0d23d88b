using System.Net;
using System.Text.Json.Nodes;
using Approvals.Contracts;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;
using static Approvals.Server.Tests.Infrastructure.ApprovedCase;

namespace Approvals.Server.Tests.Http;

public sealed class When_a_reviewer_takes_a_safety_action(ApprovalsApiFactory api) : IClassFixture<ApprovalsApiFactory>
{
    static JsonObject Reason(string text) => new() { ["reason"] = text };

    static string ActionPath(Guid requestId, string action) => $"{RequestsApi.Path}/{requestId}/{action}";

    [Fact]
    public async Task Should_suspend_reinstate_and_revoke_with_each_reason_on_the_timeline()
    {
        var (open, _) = await StartAsync(api);

        using var suspended = await open.Reviewer.PostJsonAsync(ActionPath(open.RequestId, "suspension"), Reason("ALT five times normal"));
        Assert.Equal(HttpStatusCode.Accepted, suspended.StatusCode);
        await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "suspended");
        await api.WaitForReviewViewAsync(open.RequestId, RequestStatus.Suspended);
        // A suspended approval still takes follow-ups, but cannot be renewed or suspended again.
        await open.ReportFollowUpAsync();
        using var renewal = await open.Prescriber.PostJsonAsync(RenewalsPath(open.RequestId), new JsonObject());
        await renewal.AssertProblemAsync(HttpStatusCode.Conflict);
        using var twice = await open.Reviewer.PostJsonAsync(ActionPath(open.RequestId, "suspension"), Reason("Again"));
        await twice.AssertProblemAsync(HttpStatusCode.Conflict);

        using var reinstated = await open.Reviewer.PostJsonAsync(ActionPath(open.RequestId, "reinstatement"), Reason("ALT normal again"));
        Assert.Equal(HttpStatusCode.Accepted, reinstated.StatusCode);
        await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "approved", historyEntries: 6);
        await api.WaitForReviewViewAsync(open.RequestId, RequestStatus.Approved);

        using var revoked = await open.Reviewer.PostJsonAsync(ActionPath(open.RequestId, "revocation"), Reason("Seizure on withdrawal"));
        Assert.Equal(HttpStatusCode.Accepted, revoked.StatusCode);
        var request = await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "revoked");
        await api.WaitForReviewViewAsync(open.RequestId, RequestStatus.Revoked);

        var history = request["history"]!.AsArray().Select(h => h!.AsObject()).ToList();
        var safety = history.Where(h => h.Str("actorId") == open.ReviewerId && h.Str("status") is "suspended" or "revoked" or "approved")
            .Select(h => (h.Str("status"), h.Str("reason"))).ToList();
        Assert.Contains(("suspended", "ALT five times normal"), safety);
        Assert.Contains(("approved", "ALT normal again"), safety);
        Assert.Contains(("revoked", "Seizure on withdrawal"), safety);

        // Revocation is final.
        using var afterRevocation = await open.Reviewer.PostJsonAsync(ActionPath(open.RequestId, "reinstatement"), Reason("Changed my mind"));
        await afterRevocation.AssertProblemAsync(HttpStatusCode.Conflict);
        using var followUp = await open.Prescriber.PostJsonAsync(FollowUpsPath(open.RequestId), FollowUp());
        await followUp.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("suspension")]
    [InlineData("reinstatement")]
    [InlineData("revocation")]
    public async Task Should_require_a_reason(string action)
    {
        var (open, _) = await StartAsync(api);
        var status = "approved";
        if (action == "reinstatement")
        {
            using var suspended = await open.Reviewer.PostJsonAsync(ActionPath(open.RequestId, "suspension"), Reason("Liver enzymes"));
            status = (await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "suspended")).Str("status");
            await api.WaitForReviewViewAsync(open.RequestId, RequestStatus.Suspended);
        }

        using var missing = await open.Reviewer.PostJsonAsync(ActionPath(open.RequestId, action), new JsonObject());
        using var blank = await open.Reviewer.PostJsonAsync(ActionPath(open.RequestId, action), Reason("   "));
        using var tooLong = await open.Reviewer.PostJsonAsync(ActionPath(open.RequestId, action), Reason(new string('r', 4001)));

        await missing.AssertProblemNamingAsync(HttpStatusCode.BadRequest, "reason");
        await blank.AssertProblemNamingAsync(HttpStatusCode.BadRequest, "reason");
        await tooLong.AssertProblemNamingAsync(HttpStatusCode.BadRequest, "reason");
        Assert.Equal(status, (await open.Prescriber.GetRequestAsync(open.RequestId)).Str("status"));
    }

    [Fact]
    public async Task Should_refuse_actions_the_state_does_not_allow()
    {
        var open = await OpenCase.StartAsync(api);
        await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "under-review");
        var (approved, _) = await StartAsync(api);

        using var suspendUnderReview = await open.Reviewer.PostJsonAsync(ActionPath(open.RequestId, "suspension"), Reason("Too early"));
        using var revokeUnderReview = await open.Reviewer.PostJsonAsync(ActionPath(open.RequestId, "revocation"), Reason("Too early"));
        using var reinstateApproved = await approved.Reviewer.PostJsonAsync(ActionPath(approved.RequestId, "reinstatement"), Reason("Not suspended"));

        await suspendUnderReview.AssertProblemAsync(HttpStatusCode.Conflict);
        await revokeUnderReview.AssertProblemAsync(HttpStatusCode.Conflict);
        await reinstateApproved.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Should_refuse_prescribers_strangers_and_a_reviewer_acting_on_their_own_prescription()
    {
        var (open, _) = await StartAsync(api);
        var both = Users.NewId("prescriber-reviewer");
        using var prescriberAndReviewer = await api.ClientAsync(both, Roles.Prescriber, Roles.Reviewer);
        var own = await prescriberAndReviewer.SubmitValidAsync();
        // The review service learns who prescribed it when its review opens.
        await prescriberAndReviewer.WaitForOpenReviewAsync(own);
        using var anonymous = api.CreateClient();

        using var byPrescriber = await open.Prescriber.PostJsonAsync(ActionPath(open.RequestId, "suspension"), Reason("Mine"));
        using var byNobody = await anonymous.PostJsonAsync(ActionPath(open.RequestId, "revocation"), Reason("Anyone"));
        using var unknown = await open.Reviewer.PostJsonAsync(ActionPath(Guid.NewGuid(), "suspension"), Reason("Who?"));
        using var onOwn = await prescriberAndReviewer.PostJsonAsync(ActionPath(own, "revocation"), Reason("My own"));

        await byPrescriber.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Unauthorized, byNobody.StatusCode);
        await unknown.AssertProblemAsync(HttpStatusCode.NotFound);
        await onOwn.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("approved", (await open.Prescriber.GetRequestAsync(open.RequestId)).Str("status"));
    }

    [Theory]
    [InlineData("suspension")]
    [InlineData("reinstatement")]
    [InlineData("revocation")]
    public async Task Should_answer_404_for_a_request_the_review_service_never_heard_of_and_change_nothing(string action)
    {
        using var reviewer = await api.ClientAsync(Users.NewId("reviewer"), Roles.Reviewer);
        var unknown = Guid.NewGuid();

        using var response = await reviewer.PostJsonAsync(ActionPath(unknown, action), Reason("Who is this?"));

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Null(await api.ReviewViewAsync(unknown));
        using var lookup = await reviewer.GetAsync($"{RequestsApi.Path}/{unknown}");
        Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode);
    }

    [Fact]
    public async Task Should_follow_the_workflow_on_the_review_side_and_refuse_a_concurrent_second_order()
    {
        var (open, _) = await StartAsync(api);
        using var otherReviewer = await api.ClientAsync(Users.NewId("reviewer"), Roles.Reviewer);
        var approved = await api.ReviewViewAsync(open.RequestId);
        Assert.Equal((RequestStatus.Approved, open.PrescriberId, null), (approved!.Status, approved.PrescriberId, approved.PendingOrderId));

        // Two orders at once: one is accepted and pending; the other meets the pending order (or the suspension it made).
        var orders = await Task.WhenAll(
            open.Reviewer.PostJsonAsync(ActionPath(open.RequestId, "suspension"), Reason("ALT five times normal")),
            otherReviewer.PostJsonAsync(ActionPath(open.RequestId, "suspension"), Reason("Jaundice")));
        Assert.Equal(new[] { HttpStatusCode.Accepted, HttpStatusCode.Conflict }, orders.Select(o => o.StatusCode).Order());
        await orders.Single(o => o.StatusCode == HttpStatusCode.Conflict).AssertProblemAsync(HttpStatusCode.Conflict);
        var accepted = await orders.Single(o => o.StatusCode == HttpStatusCode.Accepted).JsonAsync();
        foreach (var order in orders)
            order.Dispose();

        await api.WaitForReviewViewAsync(open.RequestId, RequestStatus.Suspended);
        var suspended = await api.ReviewViewAsync(open.RequestId);
        Assert.Null(suspended!.PendingOrderId);
        Assert.True(suspended.LastSequence > approved.LastSequence);
        Assert.NotEqual(Guid.Empty, accepted.Id("orderId"));

        using var reinstated = await otherReviewer.PostJsonAsync(ActionPath(open.RequestId, "reinstatement"), Reason("ALT normal again"));
        Assert.Equal(HttpStatusCode.Accepted, reinstated.StatusCode);
        await api.WaitForReviewViewAsync(open.RequestId, RequestStatus.Approved);

        using var revoked = await open.Reviewer.PostJsonAsync(ActionPath(open.RequestId, "revocation"), Reason("Seizure on withdrawal"));
        Assert.Equal(HttpStatusCode.Accepted, revoked.StatusCode);
        await api.WaitForReviewViewAsync(open.RequestId, RequestStatus.Revoked);
        var final = await api.ReviewViewAsync(open.RequestId);
        Assert.Equal((RequestStatus.Revoked, (Guid?)null), (final!.Status, final.PendingOrderId));
        // The prescriber's view follows the same timeline from intake's own queue: it may show the revocation a moment later.
        await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "revoked");
    }
}
