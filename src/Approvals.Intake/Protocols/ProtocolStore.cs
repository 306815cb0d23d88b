using Approvals.Domain.Protocols;
using Approvals.Intake.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Intake.Protocols;

/// <summary>
/// The published protocol versions, read from the database on every call: a version published through the API, by
/// this instance or another, is seen at once.
/// </summary>
public sealed class ProtocolStore(IntakeDbContext db)
{
    IQueryable<ProtocolVersionRecord> Versions => db.ProtocolVersions.AsNoTracking();

    /// <summary>The version of <paramref name="protocolId"/> in force at <paramref name="at"/>, or null when none is.</summary>
    public async Task<ProtocolVersion?> InForceAsync(string protocolId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var versions = await VersionsOfAsync(protocolId, cancellationToken);
        return VersionInForce.At(versions, at)?.ToVersion();
    }

    /// <summary>Every version of <paramref name="protocolId"/>, lowest number first.</summary>
    public async Task<List<ProtocolVersionRecord>> VersionsOfAsync(string protocolId, CancellationToken cancellationToken)
    {
        var rows = await Versions.Where(v => v.ProtocolId == protocolId).OrderBy(v => v.Version).ToListAsync(cancellationToken);
        return [.. rows.Where(v => IsExactly(v, protocolId))];
    }

    public async Task<List<ProtocolVersionRecord>> AllAsync(CancellationToken cancellationToken)
    {
        var rows = await Versions.ToListAsync(cancellationToken);
        return [.. rows.OrderBy(v => v.ProtocolId, StringComparer.Ordinal).ThenBy(v => v.Version)];
    }

    public async Task<ProtocolVersionRecord?> FindAsync(string protocolId, int version, CancellationToken cancellationToken)
    {
        var rows = await Versions.Where(v => v.ProtocolId == protocolId && v.Version == version).ToListAsync(cancellationToken);
        return rows.SingleOrDefault(v => IsExactly(v, protocolId));
    }

    public async Task<List<string>> ProtocolIdsAsync(CancellationToken cancellationToken)
    {
        var ids = await Versions.Select(v => v.ProtocolId).Distinct().ToListAsync(cancellationToken);
        return [.. ids.Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Ids compare exactly, as everywhere else: SQL Server's default collation would also match 'BACLOFEN-AUD', and the
    /// request would then record a protocol id no version carries.
    /// </summary>
    static bool IsExactly(ProtocolVersionRecord row, string protocolId) => string.Equals(row.ProtocolId, protocolId, StringComparison.Ordinal);
}
