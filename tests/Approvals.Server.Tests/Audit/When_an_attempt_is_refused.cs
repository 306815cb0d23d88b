using System.Net;
using System.Text.Json.Nodes;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Audit;

/// <summary>Refused attempts are part of the record: a second decision (409), a decision on one's own request (403), a safety action out of order.</summary>
public sealed class When_an_attempt_is_refused(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    [Fact]
    public async Task Should_record_a_second_decision_refused_with_409()
    {
        var open = await OpenCase.StartAsync(api);
        using var auditor = await api.ClientAsync(Users.NewId("auditor"), Roles.Auditor);
        using var first = await open.Reviewer.DecideAsync(open.ReviewId, Decisions.Approve());
        using var second = await open.Reviewer.DecideAsync(open.ReviewId, Decisions.Deny());
        await second.AssertProblemAsync(HttpStatusCode.Conflict);

        var trail = await auditor.WaitForTrailAsync(open.RequestId, t => t.Any(e => e.Str("action") == "decision.refused"), "the refusal");

        var refused = trail.Only("decision.refused");
        Assert.Equal((open.ReviewerId, "reviewer", "review", open.ReviewId.ToString()),
            (refused.Str("actorId"), refused.Str("actorRole"), refused.Str("entityType"), refused.Str("entityId")));
        Assert.Equal(409, refused["newValues"]!["status"]!.GetValue<int>());
        Assert.Contains("already decided", refused.Str("reason"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_record_a_decision_on_one_s_own_request_refused_with_403()
    {
        var both = Users.NewId("prescriber-reviewer");
        using var prescriberAndReviewer = await api.ClientAsync(both, Roles.Prescriber, Roles.Reviewer);
        using var auditor = await api.ClientAsync(Users.NewId("auditor"), Roles.Auditor);
        var requestId = await prescriberAndReviewer.SubmitValidAsync();
        var review = await prescriberAndReviewer.WaitForOpenReviewAsync(requestId);

        using var own = await prescriberAndReviewer.DecideAsync(review.Id(), Decisions.Approve());
        await own.AssertProblemAsync(HttpStatusCode.Forbidden);

        var trail = await auditor.WaitForTrailAsync(requestId, t => t.Any(e => e.Str("action") == "decision.refused"), "the refusal");
        var refused = trail.Only("decision.refused");
        Assert.Equal((both, 403), (refused.Str("actorId"), refused["newValues"]!["status"]!.GetValue<int>()));
        Assert.Equal("open", (await prescriberAndReviewer.GetReviewAsync(review.Id())).Str("status"));
    }

    [Fact]
    public async Task Should_record_a_safety_action_refused_by_the_state()
    {
        var open = await OpenCase.StartAsync(api);
        await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "under-review");
        using var auditor = await api.ClientAsync(Users.NewId("auditor"), Roles.Auditor);

        using var suspension = await open.Reviewer.PostJsonAsync($"{RequestsApi.Path}/{open.RequestId}/suspension",
            new JsonObject { ["reason"] = "Too early" });
        await suspension.AssertProblemAsync(HttpStatusCode.Conflict);

        var trail = await auditor.WaitForTrailAsync(open.RequestId, t => t.Any(e => e.Str("action") == "suspension.refused"), "the refusal");
        Assert.Equal(409, trail.Only("suspension.refused")["newValues"]!["status"]!.GetValue<int>());
    }
}
