using Approvals.Contracts;

namespace Approvals.Domain.Cases;

/// <summary>
/// A case as a service's read model holds it (the status and terms the workflow's timeline reported), so that intake
/// and review judge a step with the decider on what they hold, and neither writes a rule of the case again (ADR 0007).
/// A service keeps the verdict's refusal and discards its events: the workflow decides for real on its own state.
/// Members a service does not hold stay at their defaults; the decider reads them only for steps that service does not
/// judge.
/// </summary>
public sealed record CaseView(RequestStatus Status, string PrescriberId)
{
    public string? ProtocolId { get; init; }
    public int ProtocolVersion { get; init; }
    public decimal RequestedDailyDoseMg { get; init; }
    public Urgency Urgency { get; init; }
    public DateTimeOffset SubmittedAt { get; init; }

    /// <summary>The open review went past its deadline undecided.</summary>
    public bool ReviewOverdue { get; init; }

    public decimal? ApprovedDailyDoseMg { get; init; }
    public string? DecidedBy { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public DateTimeOffset? ValidFrom { get; init; }
    public DateTimeOffset? ValidUntil { get; init; }
    public DateTimeOffset? NextFollowUpDue { get; init; }
    public bool FollowUpOverdue { get; init; }
    public RenewalStatus? RenewalStatus { get; init; }
    public int RenewalCycle { get; init; }

    /// <summary>Why the decider refuses <paramref name="command"/> on this view, if it does.</summary>
    /// <param name="terms">The case's terms, where the rule weighs them (a renewal's recent follow-up); the defaults elsewhere.</param>
    public Refusal? Judge(CaseCommand command, DateTimeOffset now, CaseTerms? terms = null) =>
        CaseDecider.Decide(ToState(terms ?? CaseTerms.Default), command, now).Refusal;

    public CaseState ToState(CaseTerms terms)
    {
        var phase = Phase;
        return new CaseState
        {
            Phase = phase,
            PrescriberId = PrescriberId,
            ProtocolId = ProtocolId,
            ProtocolVersion = ProtocolVersion,
            RequestedDailyDoseMg = RequestedDailyDoseMg,
            Urgency = Urgency,
            SubmittedAt = SubmittedAt,
            Terms = terms,
            Review = RunningRound(phase),
            ApprovedDailyDoseMg = ApprovedDailyDoseMg,
            DecidedBy = DecidedBy,
            DecidedAt = DecidedAt,
            ValidFrom = ValidFrom,
            ValidUntil = ValidUntil,
            FollowUps = FollowUpClock.NotStarted with { NextDue = NextFollowUpDue, Overdue = FollowUpOverdue },
            LastRenewal = RenewalStatus == Contracts.RenewalStatus.UnderReview ? null : RenewalStatus,
            RenewalCycle = RenewalCycle,
        };
    }

    /// <summary>The status is the phase, but for an approval whose renewal is under review.</summary>
    CasePhase Phase => Status switch
    {
        RequestStatus.Submitted => CasePhase.Submitted,
        RequestStatus.UnderReview => CasePhase.UnderReview,
        RequestStatus.AwaitingInformation => CasePhase.AwaitingInformation,
        RequestStatus.Approved => RenewalStatus == Contracts.RenewalStatus.UnderReview ? CasePhase.RenewalUnderReview : CasePhase.Approved,
        RequestStatus.Suspended => CasePhase.Suspended,
        RequestStatus.Denied => CasePhase.Denied,
        RequestStatus.Withdrawn => CasePhase.Withdrawn,
        RequestStatus.Lapsed => CasePhase.Lapsed,
        RequestStatus.Revoked => CasePhase.Revoked,
        RequestStatus.Expired => CasePhase.Expired,
        _ => throw new ArgumentOutOfRangeException(nameof(Status), Status, "Not a request status."),
    };

    /// <summary>
    /// The round running in that phase, as far as a read model knows it. It holds no round's id, requirement or clock:
    /// the decider reads those only to write events, which the caller discards, so they stay at their defaults here.
    /// </summary>
    ReviewRound? RunningRound(CasePhase phase)
    {
        var renewal = phase == CasePhase.RenewalUnderReview;
        if (!renewal && phase is not (CasePhase.UnderReview or CasePhase.AwaitingInformation))
            return null;
        return new ReviewRound(Guid.Empty, renewal ? ReviewKind.Renewal : ReviewKind.Initial, new ReviewRequirement(ReviewLevel.Single, 0),
            renewal ? ApprovedDailyDoseMg ?? RequestedDailyDoseMg : RequestedDailyDoseMg, SubmittedAt, SubmittedAt,
            renewal ? ValidUntil : null)
        {
            Status = phase == CasePhase.AwaitingInformation ? ReviewStatus.AwaitingInformation : ReviewStatus.Open,
            Overdue = ReviewOverdue,
        };
    }
}
