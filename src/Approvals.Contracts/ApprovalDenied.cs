namespace Approvals.Contracts;

/// <param name="ReviewerName">Since the audit trail: the reviewer's printed name; null from older senders.</param>
public sealed record ApprovalDenied(
    Guid RequestId, string ReasonCode, string Rationale, string ReviewerId, DateTimeOffset DeniedAt, string? ReviewerName = null);
