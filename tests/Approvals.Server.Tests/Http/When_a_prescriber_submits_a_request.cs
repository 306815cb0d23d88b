using System.Net;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Http;

public sealed class When_a_prescriber_submits_a_request(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    [Fact]
    public async Task Should_accept_it_with_its_location_and_status_submitted()
    {
        using var prescriber = await api.ClientAsync(Users.NewId("prescriber"), Roles.Prescriber);

        using var response = await prescriber.SubmitAsync(SubmissionBodies.Valid(), Users.NewIdempotencyKey());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.JsonAsync();
        var id = body.Id();
        Assert.Equal("submitted", body.Str("status"));
        Assert.Equal($"/api/v1/requests/{id}", response.Headers.Location?.OriginalString);
        // The location answers for the prescriber who submitted.
        Assert.Equal(id, (await prescriber.GetRequestAsync(id)).Id());
    }

    [Fact]
    public async Task Should_put_it_in_the_reviewer_queue()
    {
        var open = await OpenCase.StartAsync(api);

        var review = await open.Reviewer.GetReviewAsync(open.ReviewId);

        Assert.Equal(open.RequestId, review.Id("requestId"));
        Assert.Equal("open", review.Str("status"));
        Assert.Equal(open.PrescriberId, review.Str("prescriberId"));
        Assert.Equal(SubmissionBodies.RequestedDose, review["dailyDoseMg"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Should_show_the_approval_with_its_decision_and_history()
    {
        var open = await OpenCase.StartAsync(api);

        using var decided = await open.Reviewer.DecideAsync(open.ReviewId, Decisions.Approve());

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var request = await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "approved", historyEntries: 3);
        Assert.NotNull(request["decidedAt"]?.GetValue<DateTimeOffset>());
        Assert.Equal("approve", request["decision"]?.Str("outcome"));
        Assert.Equal(open.ReviewerId, request["decision"]?.Str("reviewerId"));
        Assert.Equal(SubmissionBodies.RequestedDose, request["approvedDailyDoseMg"]?.GetValue<decimal>());
        var history = request["history"]!.AsArray();
        Assert.Equal(["submitted", "under-review", "approved"], history.Select(h => h!.Str("status")));
        Assert.Equal([open.PrescriberId, "system", open.ReviewerId], history.Select(h => h!.Str("actorId")));
    }
}
