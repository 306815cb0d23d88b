using System.Net;
using System.Text.Json.Nodes;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Http;

public sealed class When_a_reviewer_asks_for_information(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    const string Question = "Latest liver function tests?";
    const string Answer = "ALT 32 U/L, AST 28 U/L on 2026-11-02.";

    [Fact]
    public async Task Should_show_the_questions_then_resume_the_review_with_the_answer()
    {
        var open = await OpenCase.StartAsync(api);
        var dueWhenAsked = (await open.Reviewer.GetReviewAsync(open.ReviewId))["dueAt"]!.GetValue<DateTimeOffset>();

        using var asked = await open.Reviewer.DecideAsync(open.ReviewId, Decisions.RequestInformation(Question));

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var waiting = await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "awaiting-information");
        Assert.Equal([Question], waiting["openQuestions"]!.AsArray().Select(q => q!.GetValue<string>()));
        Assert.DoesNotContain(await open.Reviewer.ListAllAsync(ReviewsApi.OpenQueue), r => r.Id() == open.ReviewId);

        using var answered = await open.Prescriber.PostJsonAsync(
            $"{RequestsApi.Path}/{open.RequestId}/information", new JsonObject { ["text"] = Answer });

        Assert.Equal(HttpStatusCode.Accepted, answered.StatusCode);
        var resumed = await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "under-review", historyEntries: 4);
        Assert.Empty(resumed["openQuestions"]!.AsArray());
        Assert.Equal(open.PrescriberId, resumed["history"]!.AsArray()[^1]!.Str("actorId"));
        await open.Reviewer.WaitForOpenReviewAsync(open.RequestId);
        var review = await open.Reviewer.GetReviewAsync(open.ReviewId);
        Assert.Equal(Answer, review.Str("answer"));
        // The clock stood still while the prescriber answered: the queue shows the later due time the workflow keeps.
        Assert.True(review["dueAt"]!.GetValue<DateTimeOffset>() > dueWhenAsked, $"due {review.Str("dueAt")}, as when asked ({dueWhenAsked:O})");
        Assert.Equal([Question], review["questions"]!.AsArray().Select(q => q!.GetValue<string>()));
    }

    [Fact]
    public async Task Should_be_approvable_once_answered()
    {
        var open = await OpenCase.StartAsync(api);
        using var asked = await open.Reviewer.DecideAsync(open.ReviewId, Decisions.RequestInformation(Question));
        await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "awaiting-information");
        using var answered = await open.Prescriber.PostJsonAsync(
            $"{RequestsApi.Path}/{open.RequestId}/information", new JsonObject { ["text"] = Answer });
        await open.Reviewer.WaitForReviewStatusAsync(open.ReviewId, "open");

        using var decided = await open.Reviewer.DecideAsync(open.ReviewId, Decisions.Approve());

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var request = await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "approved", historyEntries: 5);
        Assert.Equal(
            ["submitted", "under-review", "awaiting-information", "under-review", "approved"],
            request["history"]!.AsArray().Select(h => h!.Str("status")));
        Assert.Equal("approve", request["decision"]?.Str("outcome"));
    }
}
