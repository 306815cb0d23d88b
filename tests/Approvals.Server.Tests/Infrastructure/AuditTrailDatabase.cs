using Approvals.Audit.Chain;
using Approvals.Audit.Persistence;
using Approvals.Persistence;
using Approvals.Server.Tests.Migrations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Server.Tests.Infrastructure;

/// <summary>
/// A migrated SQLite file holding only the audit trail, to seed, verify and tamper with. Tampering goes around the
/// application: it drops the triggers first, as someone with the database in hand could.
/// </summary>
public sealed class AuditTrailDatabase : IDisposable
{
    /// <summary>The database a server or <c>audit verify</c> is given; the trail lives in the audit service's own file beside it.</summary>
    readonly string _configured = Path.Combine(Path.GetTempPath(), $"approvals-audit-{Guid.NewGuid():N}.db");

    string TrailFile => SqliteDataSource.ServiceFile(_configured, "audit");

    public AuditTrailDatabase()
    {
        using var db = Open();
        db.Database.Migrate();
    }

    /// <summary>What a server or <c>audit verify</c> is given (Database:FilePerService derives the audit file from it).</summary>
    public string ServerConnectionString => $"Data Source={_configured};Pooling=False";

    /// <summary>The audit service's own file.</summary>
    public string ConnectionString => SqliteDataSource.ForService(ServerConnectionString, "audit");

    public AuditDbContext Open() => (AuditDbContext)ServiceContexts.Create("audit", DatabaseProvider.Sqlite, ConnectionString);

    /// <summary>Appends <paramref name="count"/> entries of one request's trail and returns them as stored.</summary>
    public async Task<List<AuditEntry>> SeedAsync(int count)
    {
        var requestId = Guid.NewGuid();
        return await AppendAsync(Enumerable.Range(1, count).Select(i => TrailDrafts.Sample(requestId, i)));
    }

    public async Task<List<AuditEntry>> AppendAsync(IEnumerable<AuditDraft> drafts) => await AppendAsync(ConnectionString, drafts);

    /// <summary>Links <paramref name="drafts"/> after the chain's head, in one transaction that holds the write lock.</summary>
    public static async Task<List<AuditEntry>> AppendAsync(string connectionString, IEnumerable<AuditDraft> drafts)
    {
        await using var db = (AuditDbContext)ServiceContexts.Create("audit", DatabaseProvider.Sqlite, connectionString);
        await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable);
        var head = await db.Entries.OrderByDescending(e => e.Sequence).Select(e => new ChainHead(e.Sequence, e.Hash)).FirstOrDefaultAsync();
        var entries = new List<AuditEntry>();
        foreach (var draft in drafts)
        {
            var entry = AuditChain.Link(draft, head, DateTimeOffset.UtcNow);
            entries.Add(entry);
            head = new ChainHead(entry.Sequence, entry.Hash);
        }

        db.Entries.AddRange(entries);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return entries;
    }

    /// <summary>Runs <paramref name="sql"/> with the triggers dropped, then puts them back.</summary>
    public void Tamper(string sql) => Tamper(ConnectionString, sql);

    public static void Tamper(string connectionString, string sql)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, """DROP TRIGGER "AuditEntries_refuse_update"; DROP TRIGGER "AuditEntries_refuse_delete";""");
        Execute(connection, sql);
        foreach (var trigger in Approvals.Persistence.Sqlite.Migrations.Audit.AuditTriggers.Create)
            Execute(connection, trigger);
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(TrailFile + suffix);
    }
}

public static class TrailSeeding
{
    /// <summary>Appends to the server's own trail, once the server has started and migrated its database.</summary>
    public static Task<List<AuditEntry>> AppendToTrailAsync(this ApprovalsApiFactory api, IEnumerable<AuditDraft> drafts)
    {
        _ = api.Server;
        return AuditTrailDatabase.AppendAsync(api.ConnectionStringOf("audit"), drafts);
    }
}
