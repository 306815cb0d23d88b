using Approvals.Contracts;
using Approvals.Domain.Protocols;

namespace Approvals.Domain.Cases;

/// <summary>What someone (or a timer, or a new protocol version) asks of a case. <c>At</c>: when the actor acted.</summary>
public abstract record CaseCommand;

/// <param name="ReviewId">The id the initial review round gets, chosen by the caller so the decider stays pure.</param>
/// <param name="Protocol">The version in force at submission; null: <paramref name="ConfiguredTerms"/> and
/// <paramref name="Ruled"/>, or a single reviewer.</param>
/// <param name="Ruled">For a caller that holds the version's terms but not the version itself (the saga): the ruling
/// intake made on the dose under it.</param>
public sealed record SubmitRequest(
    string PrescriberId, decimal DailyDoseMg, Urgency Urgency, DateTimeOffset SubmittedAt, Guid ReviewId, ProtocolVersion? Protocol,
    CaseTerms ConfiguredTerms, ProtocolRuling? Ruled = null) : CaseCommand;

/// <summary>A protocol version's ruling on a dose, made where the version is held: the review it needs, or a denial.</summary>
public sealed record ProtocolRuling(string ProtocolId, int Version, ReviewRequirement? Requirement, AutomaticDenial? Denial);

/// <summary>A reviewer decides the open round: approve, approve-modified, deny or ask the prescriber.</summary>
/// <param name="ValidUntil">An approval's chosen end; null: the default validity.</param>
/// <param name="Recorded">The decision as the review service recorded and signed it, its body checked at that door: the
/// case judges only where it stands (the round, who decides, the opinions it needs), and a chosen end beyond the
/// maximum gives way to the default validity rather than voiding a signed decision.</param>
public sealed record DecideReview(
    Guid ReviewId, string ReviewerId, ReviewDecision Decision, DateTimeOffset DecidedAt, DateTimeOffset? ValidUntil = null,
    string? ExpertOpinionWaivedBecause = null, bool Recorded = false) : CaseCommand;

/// <summary>A specialist's opinion on the open round of a collegial or expert-recommended review.</summary>
public sealed record GiveOpinion(
    Guid ReviewId, string SpecialistId, OpinionRecommendation? Recommendation, decimal? SupportedDailyDoseMg, string? Rationale,
    DateTimeOffset At) : CaseCommand;

public sealed record ProvideInformation(string PrescriberId, string? Text, DateTimeOffset At) : CaseCommand;

public sealed record Withdraw(string PrescriberId, string? Reason, DateTimeOffset At) : CaseCommand;

/// <param name="DailyDoseMg">The dose the patient takes now; null from older senders (it then ends no taper).</param>
/// <param name="Recorded">The report as intake stored it, its date checked at that door against intake's clock: the
/// case records it whatever its own clock says.</param>
public sealed record ReportFollowUp(
    Guid FollowUpId, string PrescriberId, DateOnly AssessedOn, decimal? DailyDoseMg, DateTimeOffset ReportedAt, bool Recorded = false)
    : CaseCommand;

/// <param name="ReviewId">The id the renewal round gets.</param>
/// <param name="LatestFollowUpOn">The newest assessment intake holds, in case its report has not reached the case yet.</param>
/// <param name="Protocol">The version the request was decided under: its tier for the approved dose sets the round's review.</param>
/// <param name="Requirement">Without <paramref name="Protocol"/>: that tier's review as intake ruled it; null, a single reviewer.</param>
public sealed record RequestRenewal(
    Guid ReviewId, string PrescriberId, string? Notes, DateTimeOffset At, DateOnly? LatestFollowUpOn, ProtocolVersion? Protocol,
    ReviewRequirement? Requirement = null) : CaseCommand;

/// <summary>A reviewer's safety order; <c>OrderId</c> ties a refusal to the order intake accepted.</summary>
public abstract record SafetyOrder(string ReviewerId, string? Reason, DateTimeOffset At, Guid? OrderId) : CaseCommand;

public sealed record Suspend(string ReviewerId, string? Reason, DateTimeOffset At, Guid? OrderId = null) : SafetyOrder(ReviewerId, Reason, At, OrderId);

public sealed record Reinstate(string ReviewerId, string? Reason, DateTimeOffset At, Guid? OrderId = null) : SafetyOrder(ReviewerId, Reason, At, OrderId);

public sealed record Revoke(string ReviewerId, string? Reason, DateTimeOffset At, Guid? OrderId = null) : SafetyOrder(ReviewerId, Reason, At, OrderId);

/// <summary>One of the case's timers went off (at the decider's <c>now</c>).</summary>
/// <param name="Reminder">For <see cref="CaseTimer.RenewalReminder"/>: which reminder of the window.</param>
public sealed record FireTimer(CaseTimer Timer, int Reminder = 0) : CaseCommand;

/// <summary>A protocol version took effect at <paramref name="At"/>; when its cap is below the approved dose, the approval must taper.</summary>
public sealed record LowerProtocolCap(ProtocolVersion Version, DateTimeOffset At) : CaseCommand;

public enum CaseTimer
{
    /// <summary>80% of the review clock has passed.</summary>
    ReviewReminder,
    ReviewDeadline,

    /// <summary>The prescriber's time to answer the reviewer's questions is up.</summary>
    InformationDeadline,
    FollowUpDue,
    RenewalReminder,
    ValidityEnd,
}
