using Approvals.Contracts;
using Approvals.Workflow.Tests.Repository;
using Approvals.Workflow.Tests.Timers;
using MassTransit;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using static Approvals.Workflow.Tests.Harness.TestMessages;

namespace Approvals.Workflow.Tests.Delivery;

/// <summary>
/// The inbox/outbox's second commit marks a message's outgoing rows delivered. A consumer that sent nothing has none,
/// so its message is marked delivered in the commit that consumed it: one save instead of two.
/// </summary>
public sealed class When_a_consumer_sends_nothing
{
    [Fact]
    public async Task Should_mark_the_message_delivered_in_the_commit_that_consumed_it()
    {
        var saves = new SaveCounter();
        var clock = new FakeTimeProvider(SubmittedAt);
        await using var workflow = await SqliteWorkflow.Start(clock: clock, interceptor: saves);

        // A lower cap that is already in effect, with no running approval above it: the watcher sends nothing.
        var quiet = NewId.NextGuid();
        Assert.False(await workflow.PublishAndWait(new ProtocolVersionPublished(LoweredCap.At80(SubmittedAt - TimeSpan.FromDays(1)), null, SubmittedAt), quiet));
        Assert.Equal(1, saves.Count);
        Assert.NotNull(await workflow.DeliveredAt(quiet));

        // A submission sends its review and timeline entries: they are marked delivered by a save of their own, after
        // the sends (the saga repository saves the case first).
        var submission = NewId.NextGuid();
        Assert.False(await workflow.PublishAndWait(Submission(Guid.NewGuid()), submission));
        Assert.Equal(1 + 3, saves.Count);
        Assert.NotNull(await workflow.DeliveredAt(submission));
    }

    sealed class SaveCounter : SaveChangesInterceptor
    {
        int _count;

        public int Count => Volatile.Read(ref _count);

        public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return ValueTask.FromResult(result);
        }
    }
}
