using System.Net;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Http;

public sealed class When_a_reviewer_decides_a_request(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    [Fact]
    public async Task Should_show_the_lower_dose_of_a_modified_approval()
    {
        var open = await OpenCase.StartAsync(api);

        using var decided = await open.Reviewer.DecideAsync(open.ReviewId, Decisions.ApproveModified(40));

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var request = await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "approved");
        Assert.Equal("approve-modified", request["decision"]?.Str("outcome"));
        Assert.Equal(40m, request["approvedDailyDoseMg"]?.GetValue<decimal>());
        Assert.Equal(SubmissionBodies.RequestedDose, request["dailyDoseMg"]!.GetValue<decimal>());
        Assert.Equal(open.ReviewerId, request["decision"]?.Str("reviewerId"));
    }

    [Fact]
    public async Task Should_show_the_reason_code_and_rationale_of_a_denial()
    {
        var open = await OpenCase.StartAsync(api);

        using var decided = await open.Reviewer.DecideAsync(open.ReviewId, Decisions.Deny("DOSE_NOT_JUSTIFIED"));

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var request = await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "denied", historyEntries: 3);
        var decision = request["decision"]!;
        Assert.Equal("deny", decision.Str("outcome"));
        Assert.Equal("DOSE_NOT_JUSTIFIED", decision.Str("reasonCode"));
        Assert.Equal(Decisions.Deny().Str("rationale"), decision.Str("rationale"));
        Assert.Null(request["approvedDailyDoseMg"]);
        Assert.NotNull(request["decidedAt"]);
        Assert.Equal(open.ReviewerId, request["history"]!.AsArray()[^1]!.Str("actorId"));
    }

    [Fact]
    public async Task Should_show_the_decision_on_the_review()
    {
        var open = await OpenCase.StartAsync(api);

        using var decided = await open.Reviewer.DecideAsync(open.ReviewId, Decisions.ApproveModified(30));

        var review = await decided.JsonAsync();
        Assert.Equal("decided", review.Str("status"));
        Assert.Equal(30m, review["decision"]?["approvedDailyDoseMg"]?.GetValue<decimal>());
        Assert.Equal(open.ReviewerId, review["decision"]?.Str("reviewerId"));
        // A decided review leaves the open queue.
        Assert.DoesNotContain(await open.Reviewer.ListAllAsync(ReviewsApi.OpenQueue), r => r.Id() == open.ReviewId);
    }
}
