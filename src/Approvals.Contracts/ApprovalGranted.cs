namespace Approvals.Contracts;

public sealed record ApprovalGranted(Guid RequestId, decimal ApprovedDailyDoseMg, bool Modified, string ReviewerId, DateTimeOffset GrantedAt);
