using Approvals.Contracts;
using Approvals.Workflow.Tests.Repository;
using Microsoft.Extensions.Time.Testing;
using static Approvals.Workflow.Tests.Harness.TestMessages;

namespace Approvals.Workflow.Tests.Timers;

/// <summary>
/// The review clock on the durable scheduler, with fake time: the standard clock is 7 days, so the reminder falls at
/// 80% (5.6 days) and the deadline at 7 days after submission.
/// </summary>
public sealed class When_a_review_clock_runs
{
    static readonly TimeSpan Clock = TimeSpan.FromDays(7);

    [Fact]
    public async Task Should_remind_at_80_percent_and_mark_overdue_once_at_the_deadline()
    {
        var clock = new FakeTimeProvider(SubmittedAt);
        await using var workflow = await SqliteWorkflow.Start(clock: clock);
        var id = await Submit(workflow);
        await Eventually.True(async () => await workflow.PendingTimers() == 2, "reminder and deadline scheduled");

        clock.SetUtcNow(SubmittedAt + Clock * 0.8 - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await workflow.FireDueTimers());

        clock.SetUtcNow(SubmittedAt + Clock * 0.8);
        Assert.Equal(1, await workflow.FireDueTimers());
        await Eventually.True(() => Task.FromResult(workflow.Published<ReviewDeadlineApproaching>(m => m.RequestId == id).Count == 1), "reminder");

        clock.SetUtcNow(SubmittedAt + Clock);
        Assert.Equal(1, await workflow.FireDueTimers());
        await Eventually.True(() => Task.FromResult(workflow.Published<ReviewOverdue>(m => m.RequestId == id).Count == 1), "overdue");
        // The overdue is also a timeline entry, by the system.
        Assert.Equal(new SagaRow("UnderReview", 3, 3), await workflow.Row(id));
        Assert.True((await workflow.Load(id)).ReviewOverdue);

        clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal(0, await workflow.FireDueTimers());
        Assert.Single(workflow.Published<ReviewOverdue>(m => m.RequestId == id));
    }

    [Fact]
    public async Task Should_not_mark_a_review_decided_one_second_before_the_deadline_overdue()
    {
        var clock = new FakeTimeProvider(SubmittedAt);
        await using var workflow = await SqliteWorkflow.Start(clock: clock);
        var id = await Submit(workflow);

        clock.SetUtcNow(SubmittedAt + Clock - TimeSpan.FromSeconds(1));
        await workflow.FireDueTimers(); // the reminder
        Assert.False(await workflow.PublishAndWait(Approval(id) with { DecidedAt = clock.GetUtcNow() }));
        // The review clock's two timers are cancelled; the approval's three (follow-up, renewal reminder, expiry) start.
        await Eventually.Settled(workflow.PendingTimers, 3, "review timers cancelled, approval timers scheduled");

        clock.SetUtcNow(SubmittedAt + Clock + TimeSpan.FromDays(1));
        Assert.Equal(0, await workflow.FireDueTimers());
        Assert.Empty(workflow.Published<ReviewOverdue>(m => m.RequestId == id));
        Assert.False((await workflow.Load(id)).ReviewOverdue);
    }

    [Fact]
    public async Task Should_cancel_every_timer_when_the_request_is_withdrawn()
    {
        var clock = new FakeTimeProvider(SubmittedAt);
        await using var workflow = await SqliteWorkflow.Start(clock: clock);
        var id = await Submit(workflow);
        await Eventually.True(async () => await workflow.PendingTimers() == 2, "timers scheduled");

        Assert.False(await workflow.PublishAndWait(Withdrawal(id)));
        await Eventually.True(async () => await workflow.PendingTimers() == 0, "timers cancelled by the withdrawal");

        clock.Advance(TimeSpan.FromDays(60));
        Assert.Equal(0, await workflow.FireDueTimers());
        Assert.Empty(workflow.Published<ReviewDeadlineApproaching>(m => m.RequestId == id));
        Assert.Empty(workflow.Published<ReviewOverdue>(m => m.RequestId == id));
    }

    [Fact]
    public async Task Should_fire_pending_timers_once_after_a_restart()
    {
        var clock = new FakeTimeProvider(SubmittedAt);
        var before = await SqliteWorkflow.Start(clock: clock);
        var id = await Submit(before);
        await Eventually.True(async () => await before.PendingTimers() == 2, "timers scheduled before the restart");

        await using var after = await before.Restart(clock);
        Assert.Equal(2, await after.PendingTimers());

        clock.SetUtcNow(SubmittedAt + Clock);
        Assert.Equal(2, await after.FireDueTimers());
        await Eventually.True(() => Task.FromResult(
            after.Published<ReviewOverdue>(m => m.RequestId == id).Count == 1 &&
            after.Published<ReviewDeadlineApproaching>(m => m.RequestId == id).Count == 1), "both timers handled after the restart");
        Assert.Equal(0, await after.PendingTimers());
        Assert.Equal(0, await after.FireDueTimers());
        Assert.Single(after.Published<ReviewDeadlineApproaching>(m => m.RequestId == id));
        Assert.Single(after.Published<ReviewOverdue>(m => m.RequestId == id));
    }

    [Fact]
    public async Task Should_fire_each_timer_once_with_two_scheduler_instances()
    {
        var clock = new FakeTimeProvider(SubmittedAt);
        await using var first = await SqliteWorkflow.Start(clock: clock);
        await using var second = await first.Twin(clock);
        var ids = new[] { await Submit(first), await Submit(first), await Submit(first) };
        await Eventually.True(async () => await first.PendingTimers() == 6, "six timers scheduled");

        clock.SetUtcNow(SubmittedAt + Clock);
        var fired = await Task.WhenAll(first.FireDueTimers(), second.FireDueTimers());

        Assert.Equal(6, fired.Sum());
        Assert.Equal(0, await first.PendingTimers());
        await Eventually.True(() => Task.FromResult(ids.All(id =>
            first.Published<ReviewOverdue>(m => m.RequestId == id).Count + second.Published<ReviewOverdue>(m => m.RequestId == id).Count == 1)),
            "one overdue per request across both instances");
    }

    static async Task<Guid> Submit(SqliteWorkflow workflow)
    {
        var id = Guid.NewGuid();
        Assert.False(await workflow.PublishAndWait(Submission(id)));
        return id;
    }
}
