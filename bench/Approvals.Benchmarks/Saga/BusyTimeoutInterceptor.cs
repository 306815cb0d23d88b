using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Approvals.Benchmarks.Saga;

/// <summary>
/// What-if for P3/P4 (--busy-timeout-ms): lets SQLite's own busy handler wait for the write lock in steps of a few
/// milliseconds. Without it Microsoft.Data.Sqlite answers a busy BEGIN IMMEDIATE by sleeping 150 ms, blocking the
/// thread, before it tries again; the services run without it.
/// </summary>
public sealed class BusyTimeoutInterceptor(int milliseconds) : DbConnectionInterceptor
{
    string Pragma => $"PRAGMA busy_timeout={milliseconds.ToString(CultureInfo.InvariantCulture)};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
