using Approvals.Contracts;
using Approvals.Workflow.Tests.Repository;
using Microsoft.Extensions.Time.Testing;
using static Approvals.Workflow.Tests.Harness.TestMessages;

namespace Approvals.Workflow.Tests.Timers;

/// <summary>
/// A protocol version's own clocks, carried with the case: an operator's drill version with minutes instead of days
/// runs a whole approval lifecycle in an hour, while cases without them keep the configured clocks.
/// </summary>
public sealed class When_a_protocol_sets_drill_clocks
{
    static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    static readonly ProtocolTerms Drill = new(
        StandardReview: 10 * Minute, ExpeditedReview: 2 * Minute, InformationDeadline: 5 * Minute,
        ApprovalValidity: 60 * Minute, MaxApprovalValidity: 90 * Minute, FollowUpInterval: 20 * Minute,
        RenewalReminders: [10 * Minute, 30 * Minute]);

    [Fact]
    public async Task Should_run_the_case_on_the_protocol_s_clocks_from_review_to_expiry()
    {
        var clock = new FakeTimeProvider(SubmittedAt);
        await using var workflow = await SqliteWorkflow.Start(clock: clock);
        var id = Guid.NewGuid();
        Assert.False(await workflow.PublishAndWait(Submission(id) with { Terms = Drill }));
        Assert.Equal(SubmittedAt + 10 * Minute, (await workflow.Load(id)).ReviewDueAt);

        var decidedAt = SubmittedAt + 5 * Minute;
        clock.SetUtcNow(decidedAt);
        Assert.False(await workflow.PublishAndWait(Approval(id) with { DecidedAt = decidedAt }));
        var saga = await workflow.Load(id);
        Assert.Equal((decidedAt + 60 * Minute, decidedAt + 20 * Minute), (saga.ValidUntil, saga.NextFollowUpDue));

        // Reminders at 30 and 10 minutes before the end, the follow-up overdue at 20 minutes, expiry at the end.
        foreach (var at in new[] { 20, 30, 50, 60 })
        {
            await workflow.Quiesce();
            clock.SetUtcNow(decidedAt + at * Minute);
            await workflow.FireDueTimers();
        }

        await Eventually.True(async () => (await workflow.Load(id)).CurrentState == "Expired", "expired after an hour");
        await Eventually.True(() => Task.FromResult(
            workflow.Published<RenewalDue>(m => m.RequestId == id).Count == 2 &&
            workflow.Published<FollowUpOverdue>(m => m.RequestId == id).Count == 1), "two reminders and one overdue follow-up");
    }

    [Fact]
    public async Task Should_refuse_a_reviewer_window_beyond_the_protocol_s_maximum()
    {
        var clock = new FakeTimeProvider(SubmittedAt);
        await using var workflow = await SqliteWorkflow.Start(clock: clock);
        var id = Guid.NewGuid();
        Assert.False(await workflow.PublishAndWait(Submission(id) with { Terms = Drill }));
        var decidedAt = Approval(id).DecidedAt;

        Assert.False(await workflow.PublishAndWait(Approval(id) with { ValidUntil = decidedAt + 120 * Minute }));

        Assert.Equal(decidedAt + 60 * Minute, (await workflow.Load(id)).ValidUntil);
    }
}
