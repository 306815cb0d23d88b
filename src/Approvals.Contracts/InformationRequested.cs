namespace Approvals.Contracts;

/// <summary>A reviewer needs more information before deciding.</summary>
/// <param name="ReviewerName">Since the audit trail: the reviewer's printed name; null from older senders.</param>
public sealed record InformationRequested(
    Guid RequestId,
    Guid ReviewId,
    IReadOnlyList<string> Questions,
    string ReviewerId,
    DateTimeOffset RequestedAt,
    string? ReviewerName = null,
    ElectronicSignature? Signature = null);
