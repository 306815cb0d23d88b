namespace Approvals.Contracts;

/// <summary>The prescriber asked for the approval to be renewed; intake checked that a recent follow-up exists.</summary>
public sealed record RenewalRequested(Guid RequestId, string PrescriberId, string? Notes, DateTimeOffset RequestedAt);
