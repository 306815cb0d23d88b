namespace Approvals.Contracts;

/// <summary>
/// A reviewer approved (possibly at a lower dose) or denied. <see cref="ValidUntil"/>: the reviewer chose a validity
/// shorter than the default.
/// </summary>
/// <param name="ReviewerName">Since the audit trail: the reviewer's printed name; null from older senders.</param>
/// <param name="ProtocolVersion">The protocol version the request was submitted and is decided under.</param>
/// <param name="ExpertOpinionWaivedBecause">
/// Since collegial review: why a review for which the protocol recommends an expert opinion was approved without one;
/// null otherwise and from older senders.
/// </param>
public sealed record ReviewDecided(
    Guid RequestId,
    Guid ReviewId,
    DecisionOutcome Outcome,
    decimal? ApprovedDailyDoseMg,
    string? ReasonCode,
    string? Rationale,
    string ReviewerId,
    DateTimeOffset DecidedAt,
    DateTimeOffset? ValidUntil = null,
    string? ReviewerName = null,
    ElectronicSignature? Signature = null,
    string? ExpertOpinionWaivedBecause = null,
    int? ProtocolVersion = null);
