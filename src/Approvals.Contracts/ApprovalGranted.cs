namespace Approvals.Contracts;

/// <param name="ReviewerName">Since the audit trail: the reviewer's printed name; null from older senders.</param>
public sealed record ApprovalGranted(
    Guid RequestId, decimal ApprovedDailyDoseMg, bool Modified, string ReviewerId, DateTimeOffset GrantedAt, string? ReviewerName = null);
