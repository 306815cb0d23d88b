namespace Approvals.Contracts;

/// <summary>The prescriber answered a reviewer's question.</summary>
/// <param name="PrescriberName">Since the audit trail: the prescriber's printed name; null from older senders.</param>
public sealed record InformationProvided(
    Guid RequestId, string PrescriberId, string Text, DateTimeOffset ProvidedAt, string? PrescriberName = null);
