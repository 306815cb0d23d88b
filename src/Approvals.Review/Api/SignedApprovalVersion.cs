using Approvals.Contracts;

namespace Approvals.Review.Api;

/// <summary>The approval as the reviewer acts on it, with the action and its reason: what a suspension or revocation signs.</summary>
internal sealed record SignedApprovalVersion(
    Guid RequestId, int Sequence, RequestStatus Status, string PrescriberId, string ProtocolId, int ProtocolVersion,
    decimal? ApprovedDailyDoseMg, DateTimeOffset? ValidFrom, DateTimeOffset? ValidUntil, SignatureMeaning Action, string Reason);
