namespace Approvals.Web.Api.Audit;

/// <summary><c>GET /api/v1/audit/verification</c>: the hash chain recomputed, and where it first breaks.</summary>
public sealed record ChainVerification(
    bool Valid, long Entries, long? FirstBrokenSequence, string? Problem, long? LastSequence, string? LastHash, DateTimeOffset VerifiedAt);
