using Approvals.Contracts;
using Approvals.Domain.Cases;
using static Approvals.Domain.Tests.Cases.CaseHistory;

namespace Approvals.Domain.Tests.Cases;

/// <summary>Commands are judged in the order they reach the case: the first wins, the other is refused aloud.</summary>
public sealed class RaceSpecs
{
    static readonly DateTimeOffset At = T0.AddDays(2);
    static readonly Withdraw Withdrawal = new(Prescriber, "The patient moved away.", At);

    [Theory]
    [InlineData(DecisionOutcome.Approve)]
    [InlineData(DecisionOutcome.Deny)]
    public void A_decision_first_makes_the_withdrawal_too_late(DecisionOutcome outcome)
    {
        var decided = Submitted().Did(Decision(InitialReview, outcome, At), At);

        var refusal = Then.Refused(decided.When(Withdrawal, At), RefusalCodes.WithdrawalTooLate, RefusalKind.Conflict);
        Assert.Contains("can no longer be withdrawn", refusal.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, DecisionOutcome.Approve)]
    [InlineData(false, DecisionOutcome.Deny)]
    [InlineData(true, DecisionOutcome.Approve)]
    public void A_withdrawal_first_makes_the_decision_void(bool awaitingInformation, DecisionOutcome outcome)
    {
        var history = Submitted();
        if (awaitingInformation)
            history.AskedForInformation(T0.AddDays(1));
        var withdrawn = history.Did(Withdrawal, At);

        var refusal = Then.Refused(withdrawn.When(Decision(InitialReview, outcome, At), At), RefusalCodes.DecisionVoid, RefusalKind.Conflict);
        Assert.Contains("was withdrawn before this decision", refusal.Detail, StringComparison.Ordinal);
        Assert.Equal(ReviewStatus.Cancelled, withdrawn.State.Review!.Status);
    }

    [Fact]
    public void A_lapse_first_makes_the_decision_void_and_the_answer_too_late()
    {
        var lapsed = Submitted().AskedForInformation(T0.AddDays(1)).Did(new FireTimer(CaseTimer.InformationDeadline), T0.AddDays(15));

        Then.Refused(lapsed.When(Decision(InitialReview, DecisionOutcome.Deny, T0.AddDays(15)), T0.AddDays(15)), RefusalCodes.DecisionVoid,
            RefusalKind.Conflict);
        Then.Refused(lapsed.When(new ProvideInformation(Prescriber, "Late.", T0.AddDays(15)), T0.AddDays(15)), RefusalCodes.NoQuestionOpen,
            RefusalKind.Conflict);
    }

    [Fact]
    public void A_withdrawal_by_anyone_but_the_prescriber_is_refused_whatever_the_state() =>
        Then.Refused(Submitted().When(Withdrawal with { PrescriberId = Reviewer }, At), RefusalCodes.NotThePrescriber, RefusalKind.Forbidden);

    [Fact]
    public void A_withdrawal_ends_the_request_and_its_round()
    {
        var state = Submitted().Did(Withdrawal, At).State;

        Assert.Equal((CasePhase.Withdrawn, (DateTimeOffset?)At), (state.Phase, state.ClosedAt));
    }
}
