namespace Approvals.Contracts;

/// <summary>
/// The saga asks the review service to put a request in the reviewers' queue. A renewal review carries the start of
/// the window it would approve (<see cref="ValidityStartsAt"/>: the current window's end, so there is no gap).
/// <see cref="MaxValidity"/> is the longest window the case's protocol version lets a reviewer approve; a review opened
/// without it is held to the configured maximum.
/// </summary>
public sealed record OpenReview(
    Guid RequestId,
    Guid ReviewId,
    ReviewKind Kind,
    string PrescriberId,
    string ProtocolId,
    int ProtocolVersion,
    decimal DailyDoseMg,
    Urgency Urgency,
    DateTimeOffset OpenedAt,
    DateTimeOffset DueAt,
    DateTimeOffset? ValidityStartsAt = null,
    ReviewRequirement? Requirement = null,
    TimeSpan? MaxValidity = null);
