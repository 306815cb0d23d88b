using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Approvals.Benchmarks.Measurement;

/// <summary>
/// Counts write transactions at the SQLite level (sqlite3_commit_hook fires for every commit that wrote), including
/// the ones EF does not report: ExecuteUpdate/ExecuteDelete in autocommit, background services. The cross-check
/// for <see cref="EfCommitCounter"/>.
/// </summary>
public sealed class SqliteCommitHook : DbConnectionInterceptor
{
    readonly delegate_commit _hook; // held here so the native callback's target lives as long as the counter
    long _commits;

    public SqliteCommitHook() => _hook = _ =>
    {
        Interlocked.Increment(ref _commits);
        return 0; // 0 lets the commit proceed
    };

    public long Commits => Interlocked.Read(ref _commits);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Attach(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Attach(connection);
        return Task.CompletedTask;
    }

    /// <summary>Pooled connections keep their native handle; attaching again on reopen just replaces the hook.</summary>
    void Attach(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
            raw.sqlite3_commit_hook(handle, _hook, null);
    }
}
