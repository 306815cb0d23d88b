using Approvals.Contracts;
using Approvals.Domain.Cases;
using static Approvals.Domain.Tests.Cases.CaseHistory;

namespace Approvals.Domain.Tests.Cases;

/// <summary>A renewal is a review round on recent data; approved, the next window starts where this one ends.</summary>
public sealed class RenewalSpecs
{
    static readonly DateTimeOffset DecidedAt = T0.AddDays(2);
    static readonly DateTimeOffset ValidUntil = DecidedAt.AddDays(180);
    static readonly DateTimeOffset AskedAt = ValidUntil.AddDays(-20);

    static CaseHistory Approval(decimal dose = 100, string? waiver = null) =>
        Submitted(dose).Approved(DecidedAt, waiver: waiver).FollowUp(Day(AskedAt), AskedAt);

    static CaseHistory UnderRenewal() => Approval().RenewalRequested(AskedAt);

    [Theory]
    [InlineData(0, true)]
    [InlineData(31, true)]
    [InlineData(32, false)]
    public void A_renewal_needs_an_assessment_within_the_last_follow_up_interval(int daysBefore, bool opens)
    {
        var history = Submitted().Approved(DecidedAt).FollowUp(Day(AskedAt).AddDays(-daysBefore), AskedAt.AddDays(-daysBefore));
        var verdict = history.When(Renewal(AskedAt), AskedAt);

        if (opens)
        {
            Then.Event<ReviewOpened>(verdict);
            return;
        }

        var refusal = Then.Refused(verdict, RefusalCodes.FollowUpMissing, RefusalKind.RuleBroken);
        Assert.Contains($"on or after {Day(AskedAt).AddDays(-31):yyyy-MM-dd}", refusal.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Intakes_newer_assessment_counts_when_its_report_has_not_reached_the_case()
    {
        var history = Submitted().Approved(DecidedAt);

        Then.Refused(history.When(Renewal(AskedAt), AskedAt), RefusalCodes.FollowUpMissing, RefusalKind.RuleBroken);
        Then.Event<ReviewOpened>(history.When(Renewal(AskedAt, latestFollowUpOn: Day(AskedAt)), AskedAt));
    }

    [Fact]
    public void The_renewal_round_reviews_the_approved_dose_on_a_standard_clock_by_its_tier()
    {
        var opened = Then.Event<ReviewOpened>(Approval(150, "The patient cannot wait for a specialist's opinion.").When(Renewal(AskedAt), AskedAt));

        Assert.Equal((RenewalReview, ReviewKind.Renewal, 150m), (opened.Round.ReviewId, opened.Round.Kind, opened.Round.DailyDoseMg));
        Assert.Equal(new ReviewRequirement(ReviewLevel.SingleExpertRecommended, 0), opened.Round.Requirement);
        Assert.Equal((AskedAt.AddDays(7), (DateTimeOffset?)ValidUntil), (opened.Round.DueAt, opened.Round.ValidityStartsAt));
        Assert.Equal("Abstinent since the last visit.", opened.RenewalNotes);
    }

    [Fact]
    public void Under_review_the_approval_stays_in_force_with_its_renewal_shown()
    {
        var state = UnderRenewal().State;

        Assert.Equal((CasePhase.RenewalUnderReview, RequestStatus.Approved, (RenewalStatus?)RenewalStatus.UnderReview),
            (state.Phase, state.Status, state.RenewalStatus));
    }

    [Fact]
    public void One_renewal_at_a_time_of_an_approval_in_force_by_its_prescriber()
    {
        Then.Refused(UnderRenewal().When(Renewal(AskedAt.AddDays(1)), AskedAt.AddDays(1)), RefusalCodes.RenewalUnderReview, RefusalKind.Conflict);
        Then.Refused(Approval().Suspended(AskedAt).When(Renewal(AskedAt), AskedAt), RefusalCodes.NotInForce, RefusalKind.Conflict);
        Then.Refused(Approval().When(Renewal(AskedAt) with { PrescriberId = Reviewer }, AskedAt), RefusalCodes.NotThePrescriber, RefusalKind.Forbidden);
    }

    [Theory]
    [InlineData(null, 180)]
    [InlineData(365, 365)]
    public void An_approved_renewal_starts_where_the_current_window_ends(int? chosenDays, int days)
    {
        var decidedAt = AskedAt.AddDays(2);
        var chosen = chosenDays is { } d ? ValidUntil.AddDays(d) : (DateTimeOffset?)null;
        var renewed = Then.Event<RenewalApproved>(UnderRenewal().When(Decision(RenewalReview, DecisionOutcome.Approve, decidedAt, chosen), decidedAt));

        Assert.Equal((ValidUntil, ValidUntil.AddDays(days), 1), (renewed.ValidFrom, renewed.ValidUntil, renewed.Cycle));
        Assert.Equal(new ReminderSchedule(0, ValidUntil.AddDays(days - 30)), renewed.Reminders);
    }

    [Fact]
    public void A_renewed_window_is_held_to_the_maximum_from_its_own_start()
    {
        var decidedAt = AskedAt.AddDays(2);
        var verdict = UnderRenewal().When(Decision(RenewalReview, DecisionOutcome.Approve, decidedAt, ValidUntil.AddDays(366)), decidedAt);

        Assert.True(Then.Refused(verdict, RefusalCodes.Invalid, RefusalKind.Invalid).Errors!.Has("validUntil"));
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(86_400, true)]
    public void The_next_renewal_waits_until_the_renewed_window_runs(int secondsAfterItStarts, bool opens)
    {
        var renewedAt = AskedAt.AddDays(2);
        var history = UnderRenewal().RenewalDecided(DecisionOutcome.Approve, renewedAt);
        var at = ValidUntil.AddSeconds(secondsAfterItStarts);
        var verdict = history.When(Renewal(at, latestFollowUpOn: Day(at)), at);

        if (opens)
            Then.Event<ReviewOpened>(verdict);
        else
            Then.Refused(verdict, RefusalCodes.RenewedWindowNotStarted, RefusalKind.Conflict);
    }

    [Fact]
    public void A_denied_renewal_leaves_the_approval_to_run_out()
    {
        var state = UnderRenewal().RenewalDecided(DecisionOutcome.Deny, AskedAt.AddDays(1)).State;

        Assert.Equal((CasePhase.Approved, (RenewalStatus?)RenewalStatus.Denied, (DateTimeOffset?)ValidUntil), (state.Phase, state.RenewalStatus, state.ValidUntil));
    }

    [Fact]
    public void A_renewal_asks_the_prescriber_no_questions() =>
        Assert.True(Then.Refused(UnderRenewal().When(Decision(RenewalReview, DecisionOutcome.RequestInformation, AskedAt.AddDays(1)), AskedAt.AddDays(1)),
            RefusalCodes.Invalid, RefusalKind.Invalid).Errors!.Has("outcome"));

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void A_renewal_reminder_reaches_the_prescriber_unless_a_renewal_is_under_review(bool underReview, bool reminded)
    {
        var at = ValidUntil.AddDays(-7);
        var history = underReview ? UnderRenewal() : Approval();
        var fired = Then.Event<RenewalReminderFired>(history.When(new FireTimer(CaseTimer.RenewalReminder, 0), at));

        Assert.Equal((reminded, ValidUntil), (fired.PrescriberReminded, fired.ValidUntil));
        Assert.Equal(new ReminderSchedule(2, null), fired.Next);
    }
}
