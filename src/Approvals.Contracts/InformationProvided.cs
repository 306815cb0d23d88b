namespace Approvals.Contracts;

/// <summary>The prescriber answered a reviewer's question.</summary>
public sealed record InformationProvided(Guid RequestId, string PrescriberId, string Text, DateTimeOffset ProvidedAt);
