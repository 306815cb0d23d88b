using Approvals.Contracts;
using Approvals.Domain.Cases;
using static Approvals.Domain.Tests.Cases.CaseHistory;
using static Approvals.Domain.Tests.Cases.CasePhaseHistories;

namespace Approvals.Domain.Tests.Cases;

/// <summary>The window runs out without an approved renewal: the approval expires, suspended or not.</summary>
public sealed class ExpirySpecs
{
    static readonly DateTimeOffset ValidUntil = DecidedAt.AddDays(180);

    [Theory]
    [InlineData(CasePhase.Approved, -1, false)]
    [InlineData(CasePhase.Approved, 0, true)]
    [InlineData(CasePhase.Approved, 3600, true)]
    [InlineData(CasePhase.Suspended, 0, true)]
    [InlineData(CasePhase.Revoked, 0, false)]
    public void An_approval_expires_once_its_window_ends(CasePhase phase, int secondsAfterEnd, bool expires)
    {
        var history = In(phase);
        var now = ValidUntil.AddSeconds(secondsAfterEnd);
        var verdict = history.When(new FireTimer(CaseTimer.ValidityEnd), now);

        if (!expires)
        {
            Then.Unchanged(verdict);
            return;
        }

        var expired = Then.Event<ValidityExpired>(verdict);
        Assert.Equal((ValidUntil, false), (expired.ValidUntil, expired.RenewalWasDenied));
        var state = CaseDecider.Replay(verdict.Events, history.State);
        Assert.Equal((CasePhase.Expired, RequestStatus.Expired, (DateTimeOffset?)ValidUntil), (state.Phase, state.Status, state.ClosedAt));
    }

    [Fact]
    public void A_renewal_still_under_review_is_cancelled_when_the_window_ends()
    {
        var verdict = In(CasePhase.RenewalUnderReview).When(new FireTimer(CaseTimer.ValidityEnd), ValidUntil);

        Then.Types(verdict, typeof(RenewalReviewCancelled), typeof(ValidityExpired));
        Assert.Equal(CaseDecider.ExpiryCancelsRenewal, ((RenewalReviewCancelled)verdict.Events[0]).Reason);
        Assert.False(((ValidityExpired)verdict.Events[1]).RenewalWasDenied);
    }

    [Fact]
    public void The_expiry_says_when_the_renewal_was_denied()
    {
        var history = In(CasePhase.RenewalUnderReview).RenewalDecided(DecisionOutcome.Deny, Later.AddDays(1));

        Assert.True(Then.Event<ValidityExpired>(history.When(new FireTimer(CaseTimer.ValidityEnd), ValidUntil)).RenewalWasDenied);
    }

    [Fact]
    public void The_old_windows_end_does_not_expire_a_renewed_approval()
    {
        var history = In(CasePhase.RenewalUnderReview).RenewalDecided(DecisionOutcome.Approve, Later.AddDays(1));

        Then.Unchanged(history.When(new FireTimer(CaseTimer.ValidityEnd), ValidUntil));
        Assert.Equal((ValidUntil, ValidUntil.AddDays(180)), (history.State.ValidFrom, history.State.ValidUntil));
    }
}
