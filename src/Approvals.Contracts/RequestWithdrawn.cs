namespace Approvals.Contracts;

/// <summary>The prescriber withdrew a request that was not yet final.</summary>
public sealed record RequestWithdrawn(Guid RequestId, string PrescriberId, string Reason, DateTimeOffset WithdrawnAt);
