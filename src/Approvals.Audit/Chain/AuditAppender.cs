using Approvals.Audit.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Approvals.Audit.Chain;

/// <summary>
/// Appends entries at the chain's head. Appends must be serialised, or two writers would link to the same head: they
/// run inside the caller's transaction, which on SQLite already holds the database's write lock (our transactions
/// begin IMMEDIATE), on SQL Server takes an update range lock on the head until it commits, and on PostgreSQL takes the
/// chain's transaction-scoped advisory lock before reading the head (a row lock cannot guard a head that another
/// transaction is about to replace, nor an empty chain). Should two writers ever
/// read the same head anyway, the unique sequence refuses the second insert and the consumer's retry runs it again.
/// </summary>
public sealed class AuditAppender(AuditDbContext db, TimeProvider clock)
{
    public async Task<AuditEntry> AppendAsync(AuditDraft draft, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Audit entries are appended inside a transaction, which serialises appends.");

        if (db.RunsOnPostgreSql)
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({PostgreSqlChainLock})", cancellationToken);
        var head = await ReadHeadAsync(cancellationToken);
        var entry = AuditChain.Link(draft, head, clock.GetUtcNow());
        db.Entries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return entry;
    }

    /// <summary>
    /// The chain's advisory lock key on PostgreSQL ("AUDITCHN" as a number): advisory locks are per database, so any
    /// fixed key serves, as long as nothing else in the database takes it.
    /// </summary>
    internal const long PostgreSqlChainLock = 0x41554449_5443484E;

    async Task<ChainHead?> ReadHeadAsync(CancellationToken cancellationToken) =>
        (await HeadQuery(db).ToListAsync(cancellationToken)).SingleOrDefault();

    /// <summary>The newest entry's sequence and hash; on SQL Server read under a lock held to the end of the transaction.</summary>
    internal static IQueryable<ChainHead> HeadQuery(AuditDbContext db)
    {
        var newest = db.RunsOnSqlServer
            ? db.Entries.FromSqlRaw(SqlServerLockedHead(db)).AsNoTracking()
            : db.Entries.AsNoTracking().OrderByDescending(e => e.Sequence).Take(1);
        return newest.Select(e => new ChainHead(e.Sequence, e.Hash));
    }

    /// <summary>UPDLOCK + HOLDLOCK keep a second appender waiting on the head until this transaction ends.</summary>
    internal static string SqlServerLockedHead(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(AuditEntry))!;
        var table = db.GetService<ISqlGenerationHelper>().DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
        return $"SELECT TOP (1) * FROM {table} WITH (UPDLOCK, HOLDLOCK) ORDER BY [Sequence] DESC";
    }
}
