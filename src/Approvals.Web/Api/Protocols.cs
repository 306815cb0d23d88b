namespace Approvals.Web.Api;

/// <summary>A page of a list endpoint: its items and the cursor of the next page (null on the last).</summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary><c>GET /api/v1/protocols</c>: one protocol with its versions and the number of the one in force.</summary>
public sealed record ProtocolSummary(string ProtocolId, int? InForceVersion, IReadOnlyList<ProtocolVersionSummary> Versions);

public sealed record ProtocolVersionSummary(
    int Version, DateTimeOffset EffectiveFrom, string Title, decimal MaxDailyDoseMg, bool InForce, DateTimeOffset PublishedAt,
    string? PublishedBy, string? SourceFile);
