using Approvals.Contracts;
using static Approvals.Workflow.Tests.Harness.TestMessages;
using static Approvals.Workflow.Tests.Timers.ApprovedCase;

namespace Approvals.Workflow.Tests.Timers;

/// <summary>The saga's own guards on renewal, and timers that fire after the case moved on.</summary>
public sealed class When_a_renewal_is_asked_for
{
    [Fact]
    public async Task Should_not_open_a_renewal_review_without_a_recent_follow_up()
    {
        await using var approval = await ApprovedCase.Start();
        var end = approval.ApprovedAt + Validity;
        await approval.AdvanceTo(end - 60 * Day);
        await approval.Handle(FollowUp(approval.Id, end - 60 * Day));
        await approval.AdvanceTo(end - 20 * Day);

        // 40 days since the last assessment: more than the 31-day interval.
        await approval.Handle(Renewal(approval.Id, end - 20 * Day, latestFollowUp: end - 60 * Day));
        await approval.Handle(Renewal(approval.Id, end - 20 * Day, latestFollowUp: null));

        Assert.Empty(approval.Workflow.SentTo<OpenReview>(m => m.RequestId == approval.Id && m.Kind == ReviewKind.Renewal));
        Assert.Null((await approval.Saga()).RenewalStatus);
        await Until(() => Task.FromResult(approval.Timeline().Count(e =>
            e.ActorId == ApprovalStateMachine.SystemActor && e.Reason!.StartsWith("Renewal not opened", StringComparison.Ordinal)) == 2),
            "the prescriber told why, twice");
    }

    [Fact]
    public async Task Should_open_it_on_intake_s_newest_follow_up_even_before_that_report_reached_the_saga()
    {
        await using var approval = await ApprovedCase.Start();
        var end = approval.ApprovedAt + Validity;
        await approval.AdvanceTo(end - 20 * Day);

        await approval.Handle(Renewal(approval.Id, end - 20 * Day, latestFollowUp: end - 21 * Day));
        // A second request while the first is under review opens nothing more.
        await approval.Handle(Renewal(approval.Id, end - 20 * Day, latestFollowUp: end - 21 * Day));

        var renewal = await approval.RenewalReview(1);
        Assert.Equal((ReviewKind.Renewal, Urgency.Standard, end), (renewal.Kind, renewal.Urgency, renewal.ValidityStartsAt));
        Assert.Equal(RenewalStatus.UnderReview, (await approval.Saga()).RenewalStatus);
        await Eventually.Settled(() => Task.FromResult(
            approval.Workflow.SentTo<OpenReview>(m => m.RequestId == approval.Id && m.Kind == ReviewKind.Renewal).Count), 1, "one renewal review");
    }

    [Fact]
    public async Task Should_send_the_case_the_notes_and_the_newest_follow_up_with_the_renewal_review()
    {
        await using var approval = await ApprovedCase.Start();
        var end = approval.ApprovedAt + Validity;
        await approval.AdvanceTo(end - 20 * Day);
        var newest = FollowUp(approval.Id, end - 21 * Day) with
        {
            Findings = new FollowUpFindings(RequestedDose, 0.5m, null, null, [new ReportedAdverseEvent("somnolence", false)], "Abstinent"),
        };
        await approval.Handle(newest);
        // An older assessment reported late does not replace the newest one.
        await approval.Handle(FollowUp(approval.Id, end - 50 * Day));

        await approval.Handle(Renewal(approval.Id, end - 20 * Day, latestFollowUp: end - 21 * Day));

        var renewal = await approval.RenewalReview(1);
        Assert.Equal("Stable on the approved dose", renewal.RenewalNotes);
        Assert.Equal(Submission(approval.Id).Patient, renewal.Case?.Patient);
        var followUp = Assert.IsType<ReportedFollowUp>(renewal.LatestFollowUp);
        Assert.Equal((newest.FollowUpId, newest.Date, "Abstinent"), (followUp.FollowUpId, followUp.Date, followUp.Findings?.Notes));
        Assert.Equal(("somnolence", false), (followUp.Findings!.AdverseEvents[0].Term, followUp.Findings.AdverseEvents[0].Serious));
    }

    [Fact]
    public async Task Should_ignore_the_old_window_s_expiry_timer_firing_after_the_renewal_moved_it()
    {
        await using var approval = await ApprovedCase.Start();
        var end = approval.ApprovedAt + Validity;
        await approval.AdvanceTo(end - 20 * Day);
        await approval.Handle(Renewal(approval.Id, end - 20 * Day, latestFollowUp: end - 20 * Day));
        var renewal = await approval.RenewalReview(1);
        await approval.Handle(RenewalApproval(approval.Id, renewal.ReviewId, end - 19 * Day));
        await approval.Workflow.Quiesce();

        // The cancellation lost the race: the old timer fires anyway, with its old scheduling token.
        await approval.Workflow.ReviveCancelledTimer<ValidityEnded>(end);
        await approval.AdvanceTo(end);
        await approval.Workflow.Quiesce();

        var saga = await approval.Saga();
        Assert.Equal(("Approved", end, end + Validity), (saga.CurrentState, saga.ValidFrom, saga.ValidUntil));
        Assert.Equal(0, approval.Count<ApprovalExpired>());

        // The renewed window's own expiry still comes, once.
        await approval.AdvanceTo(end + Validity);
        await approval.UntilSaga(s => s.CurrentState == "Expired", "expired at the end of the renewed window");
        Assert.Equal(end + Validity, (await approval.Saga()).ClosedAt);
    }

    [Fact]
    public async Task Should_keep_a_shorter_window_the_reviewer_chose_and_refuse_one_beyond_the_maximum()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(SubmittedAt);
        await using var workflow = await Repository.SqliteWorkflow.Start(clock: clock);
        var shorter = Guid.NewGuid();
        var tooLong = Guid.NewGuid();
        var decidedAt = Approval(shorter).DecidedAt;
        foreach (var id in new[] { shorter, tooLong })
            Assert.False(await workflow.PublishAndWait(Submission(id)));

        Assert.False(await workflow.PublishAndWait(Approval(shorter) with { ValidUntil = decidedAt.AddDays(60) }));
        Assert.False(await workflow.PublishAndWait(Approval(tooLong) with { ValidUntil = decidedAt.AddDays(400) }));

        Assert.Equal(decidedAt.AddDays(60), (await workflow.Load(shorter)).ValidUntil);
        // Intake and review refuse it with 400; should one get through, the default window applies.
        Assert.Equal(decidedAt.AddDays(180), (await workflow.Load(tooLong)).ValidUntil);
    }
}
