using Approvals.Contracts;
using Approvals.Messaging.Outbox;
using Microsoft.Extensions.Time.Testing;
using static Approvals.Workflow.Tests.Harness.TestMessages;

namespace Approvals.Workflow.Tests.Repository;

/// <summary>
/// The inbox remembers a consumed message id for the duplicate-detection window (7 days by default) and then forgets
/// it; a copy arriving later is consumed again, and the saga's own state guards make it change nothing.
/// </summary>
public sealed class When_a_duplicate_outlives_the_inbox_window
{
    static readonly TimeSpan Window = new OutboxOptions().DuplicateDetectionWindow;

    [Fact]
    public async Task Should_remember_the_id_for_the_window_then_leave_the_duplicate_to_the_saga()
    {
        var clock = new FakeTimeProvider(SubmittedAt);
        await using var workflow = await SqliteWorkflow.Start(clock: clock);
        var id = Guid.NewGuid();
        var messageId = Guid.NewGuid();
        Assert.False(await workflow.PublishAndWait(Submission(id), messageId));
        var before = await workflow.Row(id);

        clock.Advance(Window - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await workflow.ForgetExpiredMessageIds(clock));
        Assert.False(await workflow.PublishAndWait(Submission(id), messageId));
        Assert.Equal(1, await workflow.InboxRows(messageId));

        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.InRange(await workflow.ForgetExpiredMessageIds(clock), 1, int.MaxValue); // the scheduler's rows expire too
        Assert.Equal(0, await workflow.InboxRows(messageId));

        Assert.False(await workflow.PublishAndWait(Submission(id), messageId));
        Assert.Equal(1, await workflow.InboxRows(messageId)); // consumed again, as new
        var after = await workflow.Row(id);
        Assert.Equal((before.CurrentState, before.TimelineSequence), (after.CurrentState, after.TimelineSequence));
        Assert.Single(workflow.SentTo<OpenReview>(m => m.RequestId == id));
    }
}
