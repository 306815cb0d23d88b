using Approvals.Contracts;
using Approvals.Domain.Cases;
using Approvals.Intake.Persistence;

namespace Approvals.Intake.Api;

/// <summary>
/// Intake's view of a request as the case decider's state, so that intake's 409 and 422 answers are the decider's own
/// verdicts on the state intake holds, and no rule of the case is written twice (ADR 0007). Intake keeps a verdict's
/// refusal and discards its events: the workflow decides for real on its own state and publishes what follows.
/// </summary>
public static class RequestCase
{
    /// <summary>Why the decider refuses <paramref name="command"/> on the request as intake holds it, if it does.</summary>
    /// <param name="terms">The case's terms, where the rule weighs them (a renewal's recent follow-up); the defaults elsewhere.</param>
    public static Refusal? Judge(RequestRecord request, CaseCommand command, DateTimeOffset now, CaseTerms? terms = null) =>
        CaseDecider.Decide(Of(request, terms ?? CaseTerms.Default), command, now).Refusal;

    public static CaseState Of(RequestRecord request, CaseTerms terms)
    {
        var phase = PhaseOf(request);
        return new CaseState
        {
            Phase = phase,
            PrescriberId = request.PrescriberId,
            ProtocolId = request.ProtocolId,
            ProtocolVersion = request.ProtocolVersion,
            RequestedDailyDoseMg = request.DailyDoseMg,
            Urgency = request.Urgency,
            SubmittedAt = request.SubmittedAt,
            Terms = terms,
            Review = RunningRoundOf(request, phase),
            ApprovedDailyDoseMg = request.ApprovedDailyDoseMg,
            DecidedBy = request.ReviewerId,
            DecidedAt = request.DecidedAt,
            ValidFrom = request.ValidFrom,
            ValidUntil = request.ValidUntil,
            FollowUps = FollowUpClock.NotStarted with { NextDue = request.NextFollowUpDue, Overdue = request.FollowUpOverdue },
            LastRenewal = request.RenewalStatus == RenewalStatus.UnderReview ? null : request.RenewalStatus,
            RenewalCycle = request.RenewalCycle,
        };
    }

    /// <summary>The view's status is the phase, but for an approval whose renewal is under review.</summary>
    static CasePhase PhaseOf(RequestRecord request) => request.Status switch
    {
        RequestStatus.Submitted => CasePhase.Submitted,
        RequestStatus.UnderReview => CasePhase.UnderReview,
        RequestStatus.AwaitingInformation => CasePhase.AwaitingInformation,
        RequestStatus.Approved => request.RenewalStatus == RenewalStatus.UnderReview ? CasePhase.RenewalUnderReview : CasePhase.Approved,
        RequestStatus.Suspended => CasePhase.Suspended,
        RequestStatus.Denied => CasePhase.Denied,
        RequestStatus.Withdrawn => CasePhase.Withdrawn,
        RequestStatus.Lapsed => CasePhase.Lapsed,
        RequestStatus.Revoked => CasePhase.Revoked,
        RequestStatus.Expired => CasePhase.Expired,
        _ => throw new ArgumentOutOfRangeException(nameof(request), request.Status, "Not a request status."),
    };

    /// <summary>
    /// The round running in that phase, as far as intake knows it. Intake holds no round's id, requirement or clock: the
    /// decider reads those only to write events, which intake discards, so they stay at their defaults here.
    /// </summary>
    static ReviewRound? RunningRoundOf(RequestRecord request, CasePhase phase)
    {
        var renewal = phase == CasePhase.RenewalUnderReview;
        if (!renewal && phase is not (CasePhase.UnderReview or CasePhase.AwaitingInformation))
            return null;
        return new ReviewRound(Guid.Empty, renewal ? ReviewKind.Renewal : ReviewKind.Initial, new ReviewRequirement(ReviewLevel.Single, 0),
            renewal ? request.ApprovedDailyDoseMg ?? request.DailyDoseMg : request.DailyDoseMg, request.SubmittedAt, request.SubmittedAt,
            renewal ? request.ValidUntil : null)
        {
            Status = phase == CasePhase.AwaitingInformation ? ReviewStatus.AwaitingInformation : ReviewStatus.Open,
            Overdue = request.Overdue,
        };
    }
}
