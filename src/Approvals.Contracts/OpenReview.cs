namespace Approvals.Contracts;

/// <summary>The saga asks the review service to put a request in the reviewers' queue.</summary>
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
    DateTimeOffset DueAt);
