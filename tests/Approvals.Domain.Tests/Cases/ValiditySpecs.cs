using Approvals.Contracts;
using Approvals.Domain.Cases;
using static Approvals.Domain.Tests.Cases.CaseHistory;

namespace Approvals.Domain.Tests.Cases;

/// <summary>The validity window an approval opens, and its maximum.</summary>
public sealed class ValiditySpecs
{
    static readonly DateTimeOffset DecidedAt = T0.AddDays(2);

    [Theory]
    [InlineData(1, true)]
    [InlineData(365, true)]
    [InlineData(366, false)]
    [InlineData(0, false)]
    [InlineData(-1, false)]
    public void A_chosen_end_lies_after_the_decision_and_within_the_maximum(int days, bool allowed)
    {
        var verdict = Submitted().When(Decision(InitialReview, DecisionOutcome.Approve, DecidedAt, DecidedAt.AddDays(days)), DecidedAt);

        if (allowed)
            Assert.Equal(DecidedAt.AddDays(days), Then.Event<RequestApproved>(verdict).ValidUntil);
        else
            Assert.True(Then.Refused(verdict, RefusalCodes.Invalid, RefusalKind.Invalid).Errors!.Has("validUntil"));
    }

    [Fact]
    public void Without_a_chosen_end_the_window_lasts_the_default_validity()
    {
        var approved = Then.Event<RequestApproved>(Submitted().When(Decision(InitialReview, DecisionOutcome.Approve, DecidedAt), DecidedAt));

        Assert.Equal((DecidedAt, DecidedAt.AddDays(180)), (approved.ValidFrom, approved.ValidUntil));
        Assert.Equal(DecidedAt.AddDays(31), approved.NextFollowUpDue);
        Assert.Equal(new ReminderSchedule(0, DecidedAt.AddDays(150)), approved.Reminders);
    }

    [Fact]
    public void Only_an_approval_has_a_validity() =>
        Assert.True(Then.Refused(Submitted().When(Decision(InitialReview, DecisionOutcome.Deny, DecidedAt, DecidedAt.AddDays(10)), DecidedAt),
            RefusalCodes.Invalid, RefusalKind.Invalid).Errors!.Has("validUntil"));

    [Theory]
    [InlineData(40, 0)]
    [InlineData(20, 1)]
    [InlineData(5, 2)]
    public void Reminders_whose_time_has_passed_are_skipped_not_sent_late(int windowDays, int firstReminder)
    {
        var approved = Then.Event<RequestApproved>(Submitted().When(
            Decision(InitialReview, DecisionOutcome.Approve, DecidedAt, DecidedAt.AddDays(windowDays)), DecidedAt));

        Assert.Equal(firstReminder, approved.Reminders.Next);
        Assert.Equal(firstReminder switch
        {
            0 => DecidedAt.AddDays(windowDays - 30),
            1 => DecidedAt.AddDays(windowDays - 7),
            _ => (DateTimeOffset?)null,
        }, approved.Reminders.At);
    }

    [Fact]
    public void The_approval_holds_the_dose_and_the_window()
    {
        var state = Submitted().Approved(DecidedAt).State;

        Assert.Equal((CasePhase.Approved, RequestStatus.Approved, (decimal?)100m, Reviewer), (state.Phase, state.Status, state.ApprovedDailyDoseMg, state.DecidedBy));
        Assert.Equal(((DateTimeOffset?)DecidedAt, (DateTimeOffset?)DecidedAt.AddDays(180)), (state.ValidFrom, state.ValidUntil));
        Assert.Equal(ReviewStatus.Decided, state.Review!.Status);
    }
}
