using Approvals.Contracts;
using Approvals.Workflow.Tests.Repository;
using Microsoft.Extensions.Time.Testing;
using static Approvals.Workflow.Tests.Harness.TestMessages;

namespace Approvals.Workflow.Tests.Timers;

/// <summary>The reply deadline on a reviewer's questions (14 days by default), on the durable scheduler with fake time.</summary>
public sealed class When_a_question_goes_unanswered
{
    static readonly TimeSpan ReplyDeadline = TimeSpan.FromDays(14);

    [Fact]
    public async Task Should_lapse_the_request_at_the_deadline_and_cancel_its_review()
    {
        var (clock, workflow, id, askedAt) = await AskedAQuestion();
        await using var _ = workflow;

        clock.SetUtcNow(askedAt + ReplyDeadline - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await workflow.FireDueTimers());
        Assert.Equal("AwaitingInformation", (await workflow.Row(id)).CurrentState);

        clock.SetUtcNow(askedAt + ReplyDeadline);
        await workflow.FireDueTimers();
        await Eventually.True(async () => (await workflow.Row(id)).CurrentState == "Lapsed", "the request lapsed");
        // The saga's messages leave after its commit: wait for them too.
        await Eventually.True(() => Task.FromResult(
            workflow.Published<RequestStatusChanged>(m => m.RequestId == id && m.Status == RequestStatus.Lapsed).Count == 1 &&
            workflow.SentTo<CancelReview>(m => m.RequestId == id).Count == 1), "the lapse published and the review cancelled");

        var lapsed = Assert.Single(workflow.Published<RequestStatusChanged>(m => m.RequestId == id && m.Status == RequestStatus.Lapsed));
        Assert.Equal(("system", "No reply to the reviewer's questions within 14 days"), (lapsed.ActorId, lapsed.Reason));
        Assert.Single(workflow.SentTo<CancelReview>(m => m.RequestId == id));
        Assert.Equal(0, await workflow.PendingTimers());
    }

    [Fact]
    public async Task Should_not_lapse_once_the_prescriber_answered()
    {
        var (clock, workflow, id, askedAt) = await AskedAQuestion();
        await using var _ = workflow;

        clock.SetUtcNow(askedAt + TimeSpan.FromDays(2));
        Assert.False(await workflow.PublishAndWait(Answer(id)));
        await Eventually.Settled(workflow.PendingTimers, 2, "review clock rescheduled, reply deadline cancelled");
        Assert.Equal("UnderReview", (await workflow.Row(id)).CurrentState);

        clock.SetUtcNow(askedAt + ReplyDeadline + TimeSpan.FromDays(1));
        await workflow.FireDueTimers();
        Assert.Empty(workflow.Published<RequestStatusChanged>(m => m.RequestId == id && m.Status == RequestStatus.Lapsed));
        Assert.NotEqual("Lapsed", (await workflow.Row(id)).CurrentState);
    }

    [Fact]
    public async Task Should_cancel_the_reply_deadline_when_the_request_is_withdrawn()
    {
        var (clock, workflow, id, askedAt) = await AskedAQuestion();
        await using var _ = workflow;

        Assert.False(await workflow.PublishAndWait(Withdrawal(id)));
        await Eventually.Settled(workflow.PendingTimers, 0, "every timer cancelled");

        clock.SetUtcNow(askedAt + ReplyDeadline * 2);
        Assert.Equal(0, await workflow.FireDueTimers());
        Assert.Equal("Withdrawn", (await workflow.Row(id)).CurrentState);
    }

    [Fact]
    public async Task Should_stop_the_review_clock_while_waiting_for_the_answer()
    {
        var (clock, workflow, id, askedAt) = await AskedAQuestion();
        await using var _ = workflow;
        var waited = TimeSpan.FromDays(9);

        clock.SetUtcNow(askedAt + waited);
        Assert.False(await workflow.PublishAndWait(Answer(id) with { ProvidedAt = clock.GetUtcNow() }));
        await Eventually.Settled(workflow.PendingTimers, 2, "review clock rescheduled, reply deadline cancelled");
        var saga = await workflow.Load(id);
        Assert.Equal(SubmittedAt + TimeSpan.FromDays(7) + waited, saga.ReviewDueAt);

        // The original deadline (day 7) passes without an overdue; the shifted one (day 16) brings it.
        clock.SetUtcNow(saga.ReviewDueAt - TimeSpan.FromSeconds(1));
        await workflow.FireDueTimers();
        Assert.Empty(workflow.Published<ReviewOverdue>(m => m.RequestId == id));
        clock.SetUtcNow(saga.ReviewDueAt);
        await Eventually.True(async () =>
        {
            await workflow.FireDueTimers();
            return workflow.Published<ReviewOverdue>(m => m.RequestId == id).Count == 1;
        }, "overdue at the shifted deadline");
    }

    static async Task<(FakeTimeProvider Clock, SqliteWorkflow Workflow, Guid Id, DateTimeOffset AskedAt)> AskedAQuestion()
    {
        var clock = new FakeTimeProvider(SubmittedAt);
        var workflow = await SqliteWorkflow.Start(clock: clock);
        var id = Guid.NewGuid();
        Assert.False(await workflow.PublishAndWait(Submission(id)));
        var questions = Questions(id, "Liver function tests?");
        Assert.False(await workflow.PublishAndWait(questions));
        // The review clock stops while the prescriber is asked: only the reply deadline is pending.
        await Eventually.Settled(workflow.PendingTimers, 1, "review clock paused, reply deadline scheduled");
        return (clock, workflow, id, questions.RequestedAt);
    }
}
