using Approvals.Contracts;
using static Approvals.Workflow.Tests.Harness.TestMessages;
using static Approvals.Workflow.Tests.Timers.ApprovedCase;

namespace Approvals.Workflow.Tests.Timers;

/// <summary>
/// One approval for a year and a quarter of fake time: follow-ups late and on time, two renewals (the second with a
/// shorter window chosen by the reviewer), a third denied, and expiry at the end of the last window.
/// </summary>
public sealed class When_an_approval_runs_through_two_renewals
{
    [Fact]
    public async Task Should_renew_twice_without_a_gap_and_expire_at_the_end_of_the_last_window()
    {
        await using var approval = await ApprovedCase.Start();
        var a = approval.ApprovedAt;
        var firstEnd = a + Validity;
        var saga = await approval.Saga();
        Assert.Equal((a, firstEnd, a + 31 * Day, 0, (RenewalStatus?)null),
            (saga.ValidFrom, saga.ValidUntil, saga.NextFollowUpDue, saga.RenewalCycle, saga.RenewalStatus));

        // No follow-up within 31 days: flagged once, by the system.
        await approval.AdvanceTo(a + 31 * Day);
        await approval.UntilPublished<FollowUpOverdue>(1, "follow-up overdue");
        Assert.True((await approval.Saga()).FollowUpOverdue);

        // A report clears it and sets the next due date from the assessment.
        await approval.AdvanceTo(a + 140 * Day);
        await approval.Handle(FollowUp(approval.Id, a + 140 * Day));
        saga = await approval.Saga();
        Assert.False(saga.FollowUpOverdue);
        Assert.Equal(a.Date.AddDays(140 + 31), saga.NextFollowUpDue!.Value.UtcDateTime);

        // Cycle 1: the 30-day reminder, a renewal asked for, the 7-day reminder suppressed while it is reviewed.
        await approval.AdvanceTo(firstEnd - 30 * Day);
        await approval.UntilPublished<RenewalDue>(1, "the 30-day renewal reminder");
        await approval.AdvanceTo(a + 155 * Day);
        await approval.Handle(Renewal(approval.Id, a + 155 * Day, latestFollowUp: a + 140 * Day));
        var firstRenewal = await approval.RenewalReview(1);
        Assert.Equal(firstEnd, firstRenewal.ValidityStartsAt);
        Assert.Equal(RequestedDose, firstRenewal.DailyDoseMg);

        await approval.AdvanceTo(a + 158 * Day);
        await approval.Handle(RenewalApproval(approval.Id, firstRenewal.ReviewId, a + 158 * Day));
        var secondEnd = firstEnd + Validity;
        saga = await approval.Saga();
        Assert.Equal((firstEnd, secondEnd, 1, RenewalStatus.Approved, "Approved"),
            (saga.ValidFrom, saga.ValidUntil, saga.RenewalCycle, saga.RenewalStatus, saga.CurrentState));

        // The old window's end passes: its expiry was moved with the renewal, so nothing ends.
        await approval.AdvanceTo(firstEnd + Day);
        await approval.UntilPublished<FollowUpOverdue>(2, "the next follow-up overdue");
        Assert.Equal("Approved", (await approval.Saga()).CurrentState);
        Assert.Equal(1, approval.Count<RenewalDue>());

        // Cycle 2: renewed with a window the reviewer shortened to 90 days.
        await approval.AdvanceTo(secondEnd - 30 * Day);
        await approval.UntilPublished<RenewalDue>(2, "the second window's 30-day reminder");
        await approval.AdvanceTo(secondEnd - 25 * Day);
        await approval.Handle(FollowUp(approval.Id, secondEnd - 25 * Day));
        await approval.AdvanceTo(secondEnd - 20 * Day);
        await approval.Handle(Renewal(approval.Id, secondEnd - 20 * Day, latestFollowUp: secondEnd - 25 * Day));
        var secondRenewal = await approval.RenewalReview(2);
        Assert.Equal(secondEnd, secondRenewal.ValidityStartsAt);
        var thirdEnd = secondEnd + 90 * Day;
        await approval.Handle(RenewalApproval(approval.Id, secondRenewal.ReviewId, secondEnd - 18 * Day, validUntil: thirdEnd));
        saga = await approval.Saga();
        Assert.Equal((secondEnd, thirdEnd, 2), (saga.ValidFrom, saga.ValidUntil, saga.RenewalCycle));

        // Cycle 3: renewal denied. The approval stays valid to the end of its window, reminders still come, then it expires.
        await approval.AdvanceTo(thirdEnd - 30 * Day);
        await approval.UntilPublished<RenewalDue>(3, "the third window's 30-day reminder");
        await approval.AdvanceTo(thirdEnd - 10 * Day);
        await approval.Handle(FollowUp(approval.Id, thirdEnd - 10 * Day));
        await approval.Handle(Renewal(approval.Id, thirdEnd - 9 * Day, latestFollowUp: thirdEnd - 10 * Day));
        var thirdRenewal = await approval.RenewalReview(3);
        await approval.Handle(RenewalDenial(approval.Id, thirdRenewal.ReviewId, thirdEnd - 8 * Day));
        saga = await approval.Saga();
        Assert.Equal(("Approved", RenewalStatus.Denied, 2), (saga.CurrentState, saga.RenewalStatus, saga.RenewalCycle));
        await approval.AdvanceTo(thirdEnd - 7 * Day);
        await approval.UntilPublished<RenewalDue>(4, "the 7-day reminder after the denial");

        await approval.AdvanceTo(thirdEnd - TimeSpan.FromSeconds(1));
        Assert.Equal("Approved", (await approval.Saga()).CurrentState);
        await approval.AdvanceTo(thirdEnd);
        await approval.UntilSaga(s => s.CurrentState == "Expired", "expired at the end of the last window");
        await approval.UntilPublished<ApprovalExpired>(1, "expiry published");
        await Eventually.Settled(approval.Workflow.PendingTimers, 0, "every timer of the approval cancelled");
        Assert.Equal(thirdEnd, (await approval.Saga()).ClosedAt);

        await approval.AdvanceTo(thirdEnd + 400 * Day);
        Assert.Equal(0, await approval.Workflow.FireDueTimers());
        Assert.Equal(4, approval.Count<RenewalDue>());
        Assert.Equal(1, approval.Count<ApprovalExpired>());

        // Every timer-driven step is on the timeline, by the system; the last one at the end of the window.
        await approval.UntilPublished<RequestStatusChanged>(1, "the expiry on the timeline", e => e.Status == RequestStatus.Expired);
        var timeline = approval.Timeline();
        Assert.Equal(Enumerable.Range(1, timeline.Count), timeline.Select(e => e.Sequence));
        var bySystem = timeline.Where(e => e.ActorId == ApprovalStateMachine.SystemActor).Select(e => e.Reason!).ToList();
        Assert.Equal(4, bySystem.Count(r => r.StartsWith("Renewal reminder", StringComparison.Ordinal)));
        Assert.True(bySystem.Count(r => r.StartsWith("Follow-up overdue", StringComparison.Ordinal)) >= 2);
        var expired = timeline[^1];
        Assert.Equal((RequestStatus.Expired, ApprovalStateMachine.SystemActor, thirdEnd), (expired.Status, expired.ActorId, expired.At));
        Assert.Equal(new ApprovalTerms(secondEnd, thirdEnd, expired.Terms!.NextFollowUpDue, expired.Terms.FollowUpOverdue, RenewalStatus.Denied, 2),
            expired.Terms);
        // The initial decision and the three renewal decisions, each on the timeline with the reviewer's record.
        Assert.Equal([DecisionOutcome.Approve, DecisionOutcome.Approve, DecisionOutcome.Approve, DecisionOutcome.Deny],
            timeline.Where(e => e.Decision is not null).Select(e => e.Decision!.Outcome));
    }
}
