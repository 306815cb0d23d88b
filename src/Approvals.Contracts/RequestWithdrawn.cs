namespace Approvals.Contracts;

/// <summary>The prescriber withdrew a request that was not yet final.</summary>
/// <param name="PrescriberName">Since the audit trail: the prescriber's printed name; null from older senders.</param>
public sealed record RequestWithdrawn(
    Guid RequestId, string PrescriberId, string Reason, DateTimeOffset WithdrawnAt, string? PrescriberName = null);
