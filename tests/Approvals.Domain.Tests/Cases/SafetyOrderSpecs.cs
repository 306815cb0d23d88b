using Approvals.Contracts;
using Approvals.Domain.Cases;
using static Approvals.Domain.Tests.Cases.CaseHistory;
using static Approvals.Domain.Tests.Cases.CasePhaseHistories;

namespace Approvals.Domain.Tests.Cases;

/// <summary>Suspension, reinstatement and revocation in every state a case can be in.</summary>
public sealed class SafetyOrderSpecs
{
    public enum Order
    {
        Suspend,
        Reinstate,
        Revoke,
    }

    static SafetyOrder Make(Order order, string reviewerId = OtherReviewer, string? reason = "Liver values.") => order switch
    {
        Order.Suspend => new Suspend(reviewerId, reason, Later.AddDays(1), Guid.Empty),
        Order.Reinstate => new Reinstate(reviewerId, reason, Later.AddDays(1), Guid.Empty),
        _ => new Revoke(reviewerId, reason, Later.AddDays(1), Guid.Empty),
    };

    public static TheoryData<CasePhase, Order, string?> Table()
    {
        var table = new TheoryData<CasePhase, Order, string?>();
        foreach (var phase in Enum.GetValues<CasePhase>().Where(p => p is not (CasePhase.None or CasePhase.Submitted)))
        {
            table.Add(phase, Order.Suspend, phase.IsInForce() ? null : RefusalCodes.NotInForce);
            table.Add(phase, Order.Reinstate, phase == CasePhase.Suspended ? null : RefusalCodes.NotSuspended);
            table.Add(phase, Order.Revoke, phase.IsApproval() ? null : RefusalCodes.NotAnApproval);
        }

        return table;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void An_order_applies_only_in_the_states_that_allow_it(CasePhase phase, Order order, string? refusedWith)
    {
        var history = In(phase);
        var verdict = history.When(Make(order), Later.AddDays(1));

        if (refusedWith is not null)
        {
            var refusal = Then.Refused(verdict, refusedWith, RefusalKind.Conflict);
            Assert.StartsWith($"The request is {CaseDecider.Spelled(history.State.Status)};", refusal.Detail, StringComparison.Ordinal);
            return;
        }

        var after = CaseDecider.Replay(verdict.Events, history.State);
        Assert.Equal(order switch
        {
            Order.Suspend => CasePhase.Suspended,
            Order.Reinstate => CasePhase.Approved,
            _ => CasePhase.Revoked,
        }, after.Phase);
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Nobody_orders_one_on_their_own_prescription_whatever_the_state(CasePhase phase, Order order, string? _) =>
        Then.Refused(In(phase).When(Make(order, Prescriber), Later.AddDays(1)), RefusalCodes.OwnPrescription, RefusalKind.Forbidden);

    [Theory]
    [InlineData(Order.Suspend, typeof(ApprovalSuspended))]
    [InlineData(Order.Revoke, typeof(ApprovalRevoked))]
    public void Halting_or_ending_an_approval_cancels_its_open_renewal_round(Order order, Type halted)
    {
        var verdict = In(CasePhase.RenewalUnderReview).When(Make(order), Later.AddDays(1));

        Then.Types(verdict, typeof(RenewalReviewCancelled), halted);
        Assert.Equal(RenewalReview, ((RenewalReviewCancelled)verdict.Events[0]).ReviewId);
    }

    [Fact]
    public void A_decision_on_a_renewal_round_cancelled_meanwhile_is_void()
    {
        var history = In(CasePhase.RenewalUnderReview).Did(Make(Order.Suspend), Later.AddDays(1));

        Then.Refused(history.When(Decision(RenewalReview, DecisionOutcome.Approve, Later.AddDays(2)), Later.AddDays(2)), RefusalCodes.DecisionVoid,
            RefusalKind.Conflict);
        Assert.Equal(RenewalStatus.Cancelled, history.State.RenewalStatus);
    }

    [Fact]
    public void Reinstatement_resumes_the_renewal_reminders_that_are_still_ahead()
    {
        var history = In(CasePhase.Suspended);
        var at = DecidedAt.AddDays(160);

        var reinstated = Then.Event<ApprovalReinstated>(history.When(new Reinstate(OtherReviewer, "Values normal.", at), at));

        Assert.Equal(new ReminderSchedule(1, DecidedAt.AddDays(173)), reinstated.Reminders);
    }

    [Fact]
    public void Of_two_racing_orders_the_first_decided_wins()
    {
        var suspended = In(CasePhase.Approved).Did(Make(Order.Suspend), Later.AddDays(1));

        Then.Refused(suspended.When(Make(Order.Suspend), Later.AddDays(1)), RefusalCodes.NotInForce, RefusalKind.Conflict);
        var revoked = suspended.Did(Make(Order.Revoke), Later.AddDays(1));
        Then.Refused(revoked.When(Make(Order.Reinstate), Later.AddDays(1)), RefusalCodes.NotSuspended, RefusalKind.Conflict);
    }

    [Fact]
    public void An_order_says_why() =>
        Assert.True(Then.Refused(In(CasePhase.Approved).When(Make(Order.Suspend, reason: " "), Later), RefusalCodes.Invalid, RefusalKind.Invalid)
            .Errors!.Has("reason"));
}
