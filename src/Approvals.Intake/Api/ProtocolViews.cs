using Approvals.Domain.Protocols;
using Approvals.Intake.Persistence;

namespace Approvals.Intake.Api;

/// <summary>One protocol in the admin list: its versions, and the number of the one in force now (null if none yet).</summary>
public sealed record ProtocolSummary(string ProtocolId, int? InForceVersion, IReadOnlyList<ProtocolVersionSummary> Versions)
{
    public static ProtocolSummary From(string protocolId, IReadOnlyList<ProtocolVersionRecord> versions, DateTimeOffset now)
    {
        var inForce = VersionInForce.At(versions, now);
        return new ProtocolSummary(protocolId, inForce?.Version, [.. versions.Select(v => ProtocolVersionSummary.From(v, v == inForce))]);
    }
}

/// <param name="PublishedBy">The admin who published it; null when it was read from a protocol file (<paramref name="SourceFile"/>).</param>
public sealed record ProtocolVersionSummary(
    int Version, DateTimeOffset EffectiveFrom, string Title, decimal MaxDailyDoseMg, bool InForce, DateTimeOffset PublishedAt,
    string? PublishedBy, string? SourceFile)
{
    public static ProtocolVersionSummary From(ProtocolVersionRecord v, bool inForce) =>
        new(v.Version, v.EffectiveFrom, v.Title, v.MaxDailyDoseMg, inForce, v.PublishedAt, v.PublishedBy, v.SourceFile);
}
