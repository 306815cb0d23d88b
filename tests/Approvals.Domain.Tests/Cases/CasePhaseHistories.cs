using Approvals.Contracts;
using Approvals.Domain.Cases;
using static Approvals.Domain.Tests.Cases.CaseHistory;

namespace Approvals.Domain.Tests.Cases;

/// <summary>A history that leads to each phase, for specs that run one command in every phase.</summary>
public static class CasePhaseHistories
{
    public static readonly DateTimeOffset DecidedAt = T0.AddDays(2);
    public static readonly DateTimeOffset Later = T0.AddDays(30);

    public static CaseHistory In(CasePhase phase) => phase switch
    {
        CasePhase.UnderReview => Submitted(),
        CasePhase.AwaitingInformation => Submitted().AskedForInformation(DecidedAt),
        CasePhase.Approved => Submitted().Approved(DecidedAt),
        CasePhase.RenewalUnderReview => Submitted().Approved(DecidedAt).FollowUp(Day(Later), Later).RenewalRequested(Later),
        CasePhase.Suspended => Submitted().Approved(DecidedAt).Suspended(Later),
        CasePhase.Denied => Submitted().Did(Decision(InitialReview, DecisionOutcome.Deny, DecidedAt), DecidedAt),
        CasePhase.Withdrawn => Submitted().Did(new Withdraw(Prescriber, "The patient moved away.", DecidedAt), DecidedAt),
        CasePhase.Lapsed => Submitted().AskedForInformation(DecidedAt).Did(new FireTimer(CaseTimer.InformationDeadline), DecidedAt.AddDays(14)),
        CasePhase.Revoked => Submitted().Approved(DecidedAt).Did(new Revoke(OtherReviewer, "Serious adverse event.", Later), Later),
        CasePhase.Expired => Submitted().Approved(DecidedAt).Did(new FireTimer(CaseTimer.ValidityEnd), DecidedAt.AddDays(180)),
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, null),
    };
}
