using Approvals.Persistence;
using Approvals.Messaging.Scheduling;
using Approvals.Workflow.Persistence;
using MassTransit;

namespace Approvals.Workflow.Tests.Scheduling;

/// <summary>
/// The durable scheduler fires a claimed batch several sends at a time and deletes what was sent in one statement; it
/// must keep what firing one by one promised: each timer sent with its token as MessageId, deleted only once sent, a
/// timer scheduled again meanwhile kept, a failure losing nothing, two instances never firing one timer.
/// </summary>
public sealed class When_due_timers_fire_in_batches
{
    [Fact]
    public async Task Should_fire_each_due_timer_once_a_batch_a_round_and_empty_the_table()
    {
        await using var table = await TimerTable.Start(s => (s.BatchSize, s.SendConcurrency) = (100, 8));
        var tokens = await table.Store(250);
        table.Clock.Advance(TimeSpan.FromMinutes(10));

        var rounds = new List<int>();
        for (var round = 0; round < 4; round++)
            rounds.Add(await table.FireDue());
        Assert.Equal([100, 100, 50, 0], rounds);

        await table.Arrived(tokens);
        Assert.All(tokens, t => Assert.Equal(1, table.Received[t]));
        Assert.Equal(0, table.WrongIds);
        Assert.Empty(await table.Stored());
    }

    [Fact]
    public async Task Should_fire_only_what_is_due()
    {
        await using var table = await TimerTable.Start(s => s.SendConcurrency = 8);
        var tokens = await table.Store(10);
        table.Clock.Advance(TimeSpan.FromSeconds(4)); // the first five are due

        Assert.Equal(5, await table.FireDue());

        await table.Arrived(tokens.Take(5));
        Assert.Equal(tokens.Skip(5), (await table.Stored()).Select(t => t.TokenId));
        Assert.Equal(5, table.Received.Count);
    }

    [Fact]
    public async Task Should_delete_what_was_sent_and_give_back_the_rest_at_once_when_a_send_fails()
    {
        await using var table = await TimerTable.Start(s => (s.BatchSize, s.SendConcurrency) = (100, 1));
        var tokens = await table.Store(10);
        table.Clock.Advance(TimeSpan.FromMinutes(1));
        var refused = tokens[4];
        using var _ = table.Bus.ConnectSendObserver(new RefusingOnce(refused));

        await Assert.ThrowsAsync<InvalidOperationException>(table.FireDue);

        // The four sent before it are gone; it and the five it held up stay, unlocked: the next round need not wait for the lease.
        var stored = await table.Stored();
        Assert.Equal(tokens.Skip(4), stored.Select(t => t.TokenId));
        Assert.All(stored, t => Assert.Null(t.LockedUntil));
        await table.Arrived(tokens.Take(4));

        Assert.Equal(6, await table.FireDue());
        await table.Arrived(tokens);
        Assert.All(tokens, t => Assert.Equal(1, table.Received[t]));
        Assert.Empty(await table.Stored());
    }

    [Fact]
    public async Task Should_keep_a_timer_scheduled_again_while_its_batch_was_being_sent()
    {
        await using var table = await TimerTable.Start(s => s.SendConcurrency = 4);
        var tokens = await table.Store(8);
        table.Clock.Advance(TimeSpan.FromMinutes(1));
        var later = table.Clock.GetUtcNow() + TimeSpan.FromDays(1);
        var rescheduled = tokens[5];
        using var _ = table.Bus.ConnectSendObserver(new OnFirstSend(() => table.Reschedule(rescheduled, later)));

        Assert.Equal(8, await table.FireDue());

        var kept = Assert.Single(await table.Stored());
        Assert.Equal((rescheduled, later, null), (kept.TokenId, kept.DueAt, kept.LockId));
    }

    [Fact]
    public async Task Should_start_no_send_that_could_outlive_the_lease()
    {
        // The lease is 30 s and a send may wait 20 s for its confirm, so no send starts more than 10 s into the round.
        await using var table = await TimerTable.Start(s => (s.Lease, s.SendConcurrency) = (TimeSpan.FromSeconds(30), 1));
        var tokens = await table.Store(5);
        table.Clock.Advance(TimeSpan.FromMinutes(1));
        using var _ = table.Bus.ConnectSendObserver(new OnEverySend(() => table.Clock.Advance(TimeSpan.FromSeconds(11))));

        Assert.Equal(1, await table.FireDue());

        var given = await table.Stored();
        Assert.Equal(tokens.Skip(1), given.Select(t => t.TokenId));
        Assert.All(given, t => Assert.Null(t.LockId));
    }

    [Fact]
    public Task Should_never_fire_one_timer_from_two_instances() => TwoInstancesFireEachTimerOnce(DatabaseProvider.Sqlite);

    /// <summary>Two schedulers on one table at the same moment: each timer claimed, sent and deleted by one of them.</summary>
    internal static async Task TwoInstancesFireEachTimerOnce(DatabaseProvider database)
    {
        await using var table = await TimerTable.Start(s => (s.BatchSize, s.SendConcurrency) = (40, 8), database);
        var tokens = await table.Store(400);
        table.Clock.Advance(TimeSpan.FromHours(1));
        // The first send waits until the other instance has claimed a batch too, so the two really overlap.
        using var _ = table.Bus.ConnectSendObserver(new OnFirstSend(() => Eventually.True(
            async () => (await table.Stored()).Select(t => t.LockId).OfType<Guid>().Distinct().Count() == 2, "both instances holding a batch")));

        var fired = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => FireUntilNoneDue(table.Dispatcher()))));

        Assert.Equal(400, fired.Sum());
        Assert.All(fired, f => Assert.True(f > 0, "both instances fired some"));
        await table.Arrived(tokens);
        Assert.All(tokens, t => Assert.Equal(1, table.Received[t]));
        Assert.Equal(400, table.Received.Count);
        Assert.Equal(0, table.WrongIds);
        Assert.Empty(await table.Stored());
    }

    static async Task<int> FireUntilNoneDue(ScheduledMessageDispatcher<WorkflowDbContext> dispatcher)
    {
        var total = 0;
        for (int fired; (fired = await dispatcher.FireDue(CancellationToken.None)) > 0;)
            total += fired;
        return total;
    }

    /// <summary>The transport refusing one message, once: a broker that turned it away.</summary>
    sealed class RefusingOnce(Guid messageId) : SendObserver
    {
        int _refused;

        public override Task PreSend<T>(SendContext<T> context) =>
            context.MessageId == messageId && Interlocked.Exchange(ref _refused, 1) == 0
                ? throw new InvalidOperationException("The broker refused the message.")
                : Task.CompletedTask;
    }

    sealed class OnFirstSend(Func<Task> action) : SendObserver
    {
        int _done;

        public override Task PreSend<T>(SendContext<T> context) => Interlocked.Exchange(ref _done, 1) == 0 ? action() : Task.CompletedTask;
    }

    sealed class OnEverySend(Action action) : SendObserver
    {
        public override Task PreSend<T>(SendContext<T> context)
        {
            action();
            return Task.CompletedTask;
        }
    }

    abstract class SendObserver : ISendObserver
    {
        public abstract Task PreSend<T>(SendContext<T> context) where T : class;
        public Task PostSend<T>(SendContext<T> context) where T : class => Task.CompletedTask;
        public Task SendFault<T>(SendContext<T> context, Exception exception) where T : class => Task.CompletedTask;
    }
}
