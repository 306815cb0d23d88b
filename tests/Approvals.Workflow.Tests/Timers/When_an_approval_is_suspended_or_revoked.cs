using Approvals.Contracts;
using static Approvals.Workflow.Tests.Harness.TestMessages;
using static Approvals.Workflow.Tests.Timers.ApprovedCase;

namespace Approvals.Workflow.Tests.Timers;

/// <summary>Reviewers' safety actions, and how the approval's timers follow them.</summary>
public sealed class When_an_approval_is_suspended_or_revoked
{
    [Fact]
    public async Task Should_cancel_an_open_renewal_and_still_expire_at_the_end_of_the_window_while_suspended()
    {
        await using var approval = await ApprovedCase.Start();
        var end = approval.ApprovedAt + Validity;
        var renewal = await SuspendWithARenewalOpen(approval, end);

        var saga = await approval.Saga();
        Assert.Equal(("Suspended", RenewalStatus.Cancelled), (saga.CurrentState, saga.RenewalStatus));
        await Until(() => Task.FromResult(approval.Workflow.SentTo<CancelReview>(m => m.ReviewId == renewal.ReviewId).Count == 1),
            "the renewal review cancelled");
        Assert.Equal(ApprovalStateMachine.SuspensionCancelsRenewal,
            approval.Workflow.SentTo<CancelReview>(m => m.ReviewId == renewal.ReviewId).Single().Reason);
        // A decision on the cancelled renewal review that was already on its way changes nothing, and is refused aloud.
        await approval.Handle(RenewalApproval(approval.Id, renewal.ReviewId, end - 18 * Day));
        Assert.Equal((end, 0), ((await approval.Saga()).ValidUntil, (await approval.Saga()).RenewalCycle));
        await approval.UntilPublished<AttemptRefused>(1, "the void renewal decision refused",
            r => r.Action == RequestSteps.Decision && r.ReviewId == renewal.ReviewId && r.Status == 409);

        await approval.AdvanceTo(end - 7 * Day);
        await approval.AdvanceTo(end);
        await approval.UntilSaga(s => s.CurrentState == "Expired", "expired while suspended");
        // The 30-day reminder went out before the suspension; the 7-day one is not sent for a suspended approval.
        Assert.Equal(1, approval.Count<RenewalDue>());
        await Eventually.Settled(approval.Workflow.PendingTimers, 0, "no timer left");
        await approval.UntilPublished<RequestStatusChanged>(1, "the expiry on the timeline", e => e.Status == RequestStatus.Expired);
        var timeline = approval.Timeline();
        Assert.Equal([RequestStatus.Suspended, RequestStatus.Expired],
            timeline.Where(e => e.Status is RequestStatus.Suspended or RequestStatus.Expired).Select(e => e.Status));
        Assert.Equal((Reviewer, "Hepatic enzymes tripled"),
            (timeline.Single(e => e.Status == RequestStatus.Suspended).ActorId, timeline.Single(e => e.Status == RequestStatus.Suspended).Reason));
    }

    /// <summary>
    /// A suspension cancels an open renewal review rather than holding it: the renewal was asked for on the approval as
    /// it stood before the safety concern. Once reinstated, the prescriber asks again and a new renewal review opens.
    /// </summary>
    [Fact]
    public async Task Should_take_a_new_renewal_request_once_the_suspension_that_cancelled_one_is_lifted()
    {
        await using var approval = await ApprovedCase.Start();
        var end = approval.ApprovedAt + Validity;
        var cancelled = await SuspendWithARenewalOpen(approval, end);
        await approval.AdvanceTo(end - 18 * Day);
        await approval.Handle(Reinstatement(approval.Id, end - 18 * Day));
        var reinstated = await approval.Saga();
        Assert.Equal(("Approved", RenewalStatus.Cancelled), (reinstated.CurrentState, reinstated.RenewalStatus));

        await approval.Handle(Renewal(approval.Id, end - 18 * Day, latestFollowUp: end - 20 * Day));
        var renewal = await approval.RenewalReview(2);
        await approval.Handle(RenewalApproval(approval.Id, renewal.ReviewId, end - 17 * Day));

        Assert.NotEqual(cancelled.ReviewId, renewal.ReviewId);
        var renewed = await approval.Saga();
        Assert.Equal((end, RenewalStatus.Approved, 1), (renewed.ValidFrom!.Value, renewed.RenewalStatus, renewed.RenewalCycle));
    }

    [Fact]
    public async Task Should_resume_the_reminders_on_reinstatement_and_cancel_every_timer_on_revocation()
    {
        await using var approval = await ApprovedCase.Start();
        var end = approval.ApprovedAt + Validity;
        await approval.Handle(Suspension(approval.Id, approval.ApprovedAt + Day));
        await approval.AdvanceTo(end - 30 * Day);
        Assert.Equal(0, approval.Count<RenewalDue>());

        await approval.AdvanceTo(end - 29 * Day);
        await approval.Handle(Reinstatement(approval.Id, end - 29 * Day));
        Assert.Equal(("Approved", (DateTimeOffset?)null), ((await approval.Saga()).CurrentState, (await approval.Saga()).SuspendedAt));
        // The 30-day reminder passed while suspended and is skipped; the 7-day one comes.
        await approval.AdvanceTo(end - 7 * Day);
        await approval.UntilPublished<RenewalDue>(1, "the 7-day reminder after reinstatement");

        await approval.Handle(Revocation(approval.Id, end - 6 * Day));
        var saga = await approval.Saga();
        Assert.Equal(("Revoked", end - 6 * Day), (saga.CurrentState, saga.ClosedAt));
        await Eventually.Settled(approval.Workflow.PendingTimers, 0, "every timer cancelled by the revocation");
        await approval.AdvanceTo(end + 30 * Day);
        Assert.Equal(0, await approval.Workflow.FireDueTimers());
        Assert.Equal(0, approval.Count<ApprovalExpired>());

        // Revocation is final: a reinstatement that raced it changes nothing.
        await approval.Handle(Reinstatement(approval.Id, end + 30 * Day));
        Assert.Equal("Revoked", (await approval.Saga()).CurrentState);
    }

    [Fact]
    public async Task Should_ignore_safety_actions_on_a_request_that_is_not_approved()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(SubmittedAt);
        await using var workflow = await Repository.SqliteWorkflow.Start(clock: clock);
        var id = Guid.NewGuid();
        Assert.False(await workflow.PublishAndWait(Submission(id)));

        Assert.False(await workflow.PublishAndWait(Suspension(id, SubmittedAt.AddHours(1))));
        Assert.False(await workflow.PublishAndWait(Revocation(id, SubmittedAt.AddHours(1))));

        Assert.Equal("UnderReview", (await workflow.Row(id)).CurrentState);
    }

    /// <summary>
    /// Twenty days before <paramref name="end"/> the prescriber reports a follow-up and asks for a renewal; a reviewer
    /// suspends the approval the next day. Returns the renewal review that was open when the suspension came.
    /// </summary>
    static async Task<OpenReview> SuspendWithARenewalOpen(ApprovedCase approval, DateTimeOffset end)
    {
        await approval.AdvanceTo(end - 20 * Day);
        // The 30-day reminder fired by that jump goes out before the renewal is asked for, not after.
        await approval.UntilPublished<RenewalDue>(1, "the 30-day reminder");
        await approval.Handle(FollowUp(approval.Id, end - 20 * Day));
        await approval.Handle(Renewal(approval.Id, end - 20 * Day, latestFollowUp: end - 20 * Day));
        var renewal = await approval.RenewalReview(1);
        await approval.Handle(Suspension(approval.Id, end - 19 * Day));
        return renewal;
    }
}
