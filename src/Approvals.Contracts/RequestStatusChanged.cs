namespace Approvals.Contracts;

/// <summary>
/// One timeline entry of a request, published by the saga for every transition. <see cref="Sequence"/> orders the
/// entries so that a view can apply them idempotently and ignore ones that arrive late.
/// </summary>
/// <param name="ActorName">Since the audit trail: the actor's printed name; null from older senders.</param>
/// <param name="ActorRole">Since the audit trail: the role the actor acted in (<see cref="ActorRoles"/>); null from older senders.</param>
public sealed record RequestStatusChanged(
    Guid RequestId,
    int Sequence,
    RequestStatus Status,
    DateTimeOffset At,
    string ActorId,
    string? Reason,
    DecisionRecord? Decision,
    IReadOnlyList<string>? Questions,
    ApprovalTerms? Terms = null,
    bool ReviewOverdue = false,
    string? ActorName = null,
    string? ActorRole = null,
    ElectronicSignature? Signature = null);

/// <summary>
/// An approval's clocks as they stand after the entry: the validity window, the follow-up expected next, and the
/// renewal of the window (<see cref="RenewalCycle"/> counts the renewals approved so far), and a taper a lower protocol
/// cap requires (null when none is required).
/// </summary>
public sealed record ApprovalTerms(
    DateTimeOffset ValidFrom,
    DateTimeOffset ValidUntil,
    DateTimeOffset? NextFollowUpDue,
    bool FollowUpOverdue,
    RenewalStatus? RenewalStatus,
    int RenewalCycle,
    TaperSchedule? Taper = null);

/// <summary>The decision that ended a review, as the prescriber and auditors see it.</summary>
public sealed record DecisionRecord(
    DecisionOutcome Outcome,
    decimal? ApprovedDailyDoseMg,
    string? ReasonCode,
    string? Rationale,
    string ReviewerId,
    DateTimeOffset DecidedAt,
    ElectronicSignature? Signature = null,
    int? ProtocolVersion = null);
