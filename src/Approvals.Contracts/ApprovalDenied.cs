namespace Approvals.Contracts;

public sealed record ApprovalDenied(Guid RequestId, string ReasonCode, string Rationale, string ReviewerId, DateTimeOffset DeniedAt);
