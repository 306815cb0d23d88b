namespace Approvals.Contracts;

/// <summary>What a signer declares by signing (21 CFR 11.50: the meaning of the signature).</summary>
public enum SignatureMeaning
{
    Review,
    Approval,
    Denial,
    CollegialOpinion,
    Suspension,
    Revocation,
}

/// <summary>
/// An electronic signature bound to the record it signs: who (id and printed name), when, what it means, and the
/// SHA-256 of the record's version as the signer saw it, so the signature cannot be moved to another record.
/// </summary>
public sealed record ElectronicSignature(
    string SignerId, string PrintedName, DateTimeOffset SignedAt, SignatureMeaning Meaning, string SignedRecordHash);
