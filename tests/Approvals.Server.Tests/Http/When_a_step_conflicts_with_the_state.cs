using System.Net;
using System.Text.Json.Nodes;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Http;

public sealed class When_a_step_conflicts_with_the_state(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    [Fact]
    public async Task Should_refuse_an_answer_when_no_question_is_open()
    {
        var open = await OpenCase.StartAsync(api);
        await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "under-review");

        using var answered = await open.Prescriber.PostJsonAsync(
            $"{RequestsApi.Path}/{open.RequestId}/information", new JsonObject { ["text"] = "Unasked answer." });

        await answered.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Null((await open.Reviewer.GetReviewAsync(open.ReviewId)).Str("answer"));
    }

    [Fact]
    public async Task Should_refuse_a_second_decision()
    {
        var open = await OpenCase.StartAsync(api);
        using var first = await open.Reviewer.DecideAsync(open.ReviewId, Decisions.Approve());
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var second = await open.Reviewer.DecideAsync(open.ReviewId, Decisions.Deny());

        await second.AssertProblemAsync(HttpStatusCode.Conflict);
        var review = await open.Reviewer.GetReviewAsync(open.ReviewId);
        Assert.Equal("approve", review["decision"]?.Str("outcome"));
        await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "approved");
    }

    [Fact]
    public async Task Should_refuse_a_decision_while_awaiting_information()
    {
        var open = await OpenCase.StartAsync(api);
        using var asked = await open.Reviewer.DecideAsync(open.ReviewId, Decisions.RequestInformation("Renal function?"));
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);

        using var decided = await open.Reviewer.DecideAsync(open.ReviewId, Decisions.Approve());

        await decided.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("awaiting-information", (await open.Reviewer.GetReviewAsync(open.ReviewId)).Str("status"));
        await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "awaiting-information");
    }
}
