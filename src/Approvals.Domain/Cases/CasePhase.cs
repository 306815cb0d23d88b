using Approvals.Contracts;

namespace Approvals.Domain.Cases;

/// <summary>
/// Where a case stands. Finer than <see cref="RequestStatus"/>: a renewal under review is its own phase of an approval
/// (a second review round runs while the approval stays in force), so the saga can show it as a state.
/// </summary>
public enum CasePhase
{
    /// <summary>Nothing submitted yet: only a submission applies.</summary>
    None,

    /// <summary>Registered; its review round or its automatic denial follows in the same decision.</summary>
    Submitted,
    UnderReview,
    AwaitingInformation,
    Approved,

    /// <summary>An approval in force whose renewal review round is open.</summary>
    RenewalUnderReview,

    /// <summary>Halted by a reviewer; its window still runs out.</summary>
    Suspended,
    Denied,
    Withdrawn,
    Lapsed,
    Revoked,
    Expired,
}

public static class CasePhases
{
    /// <summary>The status the API shows: a renewal under review is an approval.</summary>
    public static RequestStatus ToStatus(this CasePhase phase) => phase switch
    {
        CasePhase.None or CasePhase.Submitted => RequestStatus.Submitted,
        CasePhase.UnderReview => RequestStatus.UnderReview,
        CasePhase.AwaitingInformation => RequestStatus.AwaitingInformation,
        CasePhase.Approved or CasePhase.RenewalUnderReview => RequestStatus.Approved,
        CasePhase.Suspended => RequestStatus.Suspended,
        CasePhase.Denied => RequestStatus.Denied,
        CasePhase.Withdrawn => RequestStatus.Withdrawn,
        CasePhase.Lapsed => RequestStatus.Lapsed,
        CasePhase.Revoked => RequestStatus.Revoked,
        CasePhase.Expired => RequestStatus.Expired,
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, null),
    };

    /// <summary>An approval in force: its window runs and a renewal may be under review.</summary>
    public static bool IsInForce(this CasePhase phase) => phase is CasePhase.Approved or CasePhase.RenewalUnderReview;

    /// <summary>An approval in force or halted: follow-ups, tapers, revocation and expiry apply.</summary>
    public static bool IsApproval(this CasePhase phase) => phase.IsInForce() || phase == CasePhase.Suspended;

    /// <summary>
    /// The initial review is running, or about to open (a view that has not yet heard of the round holds the request as
    /// submitted): the request can be withdrawn.
    /// </summary>
    public static bool IsInitialReview(this CasePhase phase) => phase is CasePhase.Submitted or CasePhase.UnderReview or CasePhase.AwaitingInformation;
}
