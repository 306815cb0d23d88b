namespace Approvals.Audit.Verification;

/// <summary>
/// The outcome of recomputing the chain. <see cref="LastHash"/> is worth writing down elsewhere: a chain rewritten
/// from some entry to its end is consistent again, and only a hash kept outside the database tells.
/// </summary>
public sealed record VerificationResult(
    bool Valid,
    long Entries,
    long? FirstBrokenSequence,
    string? Problem,
    long? LastSequence,
    string? LastHash,
    DateTimeOffset VerifiedAt);
