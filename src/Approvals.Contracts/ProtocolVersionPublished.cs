namespace Approvals.Contracts;

/// <summary>
/// A protocol version became known: published through the admin API or shipped as a file. It may take effect later
/// (<see cref="ProtocolVersionRules.EffectiveFrom"/>); the workflow reacts when a lower cap takes effect.
/// </summary>
/// <param name="PublishedBy">The admin who published it; null for a version read from the server's protocol files.</param>
/// <param name="PublisherName">The admin's printed name, for the audit trail.</param>
public sealed record ProtocolVersionPublished(
    ProtocolVersionRules Protocol, string? PublishedBy, DateTimeOffset PublishedAt, string? PublisherName = null);
