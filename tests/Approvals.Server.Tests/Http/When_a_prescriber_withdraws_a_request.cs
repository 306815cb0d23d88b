using System.Net;
using Approvals.Http;
using System.Text.Json.Nodes;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Http;

public sealed class When_a_prescriber_withdraws_a_request(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    static readonly JsonObject Reason = new() { ["reason"] = "Patient moved to another clinic." };

    static Task<HttpResponseMessage> WithdrawAsync(OpenCase open) =>
        open.Prescriber.PostJsonAsync($"{RequestsApi.Path}/{open.RequestId}/withdrawal", Reason);

    [Fact]
    public async Task Should_withdraw_it_and_take_its_review_out_of_the_queue()
    {
        var open = await OpenCase.StartAsync(api);
        await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "under-review");

        using var withdrawn = await WithdrawAsync(open);

        Assert.Equal(HttpStatusCode.Accepted, withdrawn.StatusCode);
        var request = await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "withdrawn");
        Assert.Equal(open.PrescriberId, request["history"]!.AsArray()[^1]!.Str("actorId"));
        var review = await open.Reviewer.WaitForReviewStatusAsync(open.ReviewId, "cancelled");
        Assert.NotNull(review.Str("cancelReason"));
        Assert.DoesNotContain(await open.Reviewer.ListAllAsync(ReviewsApi.OpenQueue), r => r.Id() == open.ReviewId);
    }

    [Fact]
    public async Task Should_withdraw_it_before_the_workflow_has_seen_it()
    {
        using var prescriber = await api.ClientAsync(Users.NewId("prescriber"), Roles.Prescriber);
        using var reviewer = await api.ClientAsync(Users.NewId("reviewer"), Roles.Reviewer);
        var requestId = await prescriber.SubmitValidAsync();

        // No waiting: the withdrawal may overtake the submission on the bus.
        using var withdrawn = await prescriber.PostJsonAsync($"{RequestsApi.Path}/{requestId}/withdrawal", Reason);

        Assert.Equal(HttpStatusCode.Accepted, withdrawn.StatusCode);
        await prescriber.WaitForRequestStatusAsync(requestId, "withdrawn");
        await Eventually.UntilAsync(
            async () => (await reviewer.ListAllAsync(ReviewsApi.Path)).FirstOrDefault(r => r.Id("requestId") == requestId),
            review => review?.Str("status") == "cancelled",
            $"the review of request {requestId} to be cancelled");
    }

    [Fact]
    public async Task Should_withdraw_it_while_awaiting_information()
    {
        var open = await OpenCase.StartAsync(api);
        using var asked = await open.Reviewer.DecideAsync(open.ReviewId, Decisions.RequestInformation("Weight?"));
        await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "awaiting-information");

        using var withdrawn = await WithdrawAsync(open);

        Assert.Equal(HttpStatusCode.Accepted, withdrawn.StatusCode);
        await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "withdrawn");
        await open.Reviewer.WaitForReviewStatusAsync(open.ReviewId, "cancelled");
    }

    [Fact]
    public async Task Should_refuse_once_the_request_is_decided()
    {
        var open = await OpenCase.StartAsync(api);
        using var decided = await open.Reviewer.DecideAsync(open.ReviewId, Decisions.Approve());
        await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "approved");

        using var withdrawn = await WithdrawAsync(open);

        await withdrawn.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("approved", (await open.Prescriber.GetRequestAsync(open.RequestId)).Str("status"));
    }

    [Fact]
    public async Task Should_require_a_reason()
    {
        var open = await OpenCase.StartAsync(api);

        using var withdrawn = await open.Prescriber.PostJsonAsync($"{RequestsApi.Path}/{open.RequestId}/withdrawal", new JsonObject());

        await withdrawn.AssertProblemNamingAsync(HttpStatusCode.BadRequest, "reason");
        Assert.Equal("open", (await open.Reviewer.GetReviewAsync(open.ReviewId)).Str("status"));
    }
}
