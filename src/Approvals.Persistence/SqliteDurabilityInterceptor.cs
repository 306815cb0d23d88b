using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Approvals.Persistence;

/// <summary>
/// WAL lets readers run beside the single writer; synchronous=FULL makes a commit survive an OS crash, not only an
/// application crash: a 202 promises the request is stored. busy_timeout lets SQLite wait for the write lock itself, in
/// short steps; otherwise Microsoft.Data.Sqlite retries after sleeping 150 ms (measured in docs/benchmarks.md).
/// </summary>
public sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
    const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
