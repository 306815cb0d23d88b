namespace Approvals.Contracts;

/// <summary>
/// The saga asks the review service to put a request in the reviewers' queue. A renewal review carries the start of
/// the window it would approve (<see cref="ValidityStartsAt"/>: the current window's end, so there is no gap).
/// <see cref="MaxValidity"/> is the longest window the case's protocol version lets a reviewer approve; a review opened
/// without it is held to the configured maximum.
/// </summary>
/// <param name="Case">What the reviewer reads to decide; null from senders older than it, or for a case the workflow
/// registered before it kept the content.</param>
/// <param name="RenewalNotes">Renewal reviews: the prescriber's notes with the renewal request.</param>
/// <param name="LatestFollowUp">Renewal reviews: the newest follow-up assessment the workflow holds; null when none reached it.</param>
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
    TimeSpan? MaxValidity = null,
    CaseContent? Case = null,
    string? RenewalNotes = null,
    ReportedFollowUp? LatestFollowUp = null);
