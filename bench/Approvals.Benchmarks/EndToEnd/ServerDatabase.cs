using System.Globalization;
using Approvals.Benchmarks.Measurement;
using Approvals.Persistence;
using Microsoft.Data.Sqlite;

namespace Approvals.Benchmarks.EndToEnd;

/// <summary>
/// Reads the stopped server's SQLite file: every workflow approved exactly once in each service's tables, nothing
/// stuck in an outbox, and how many messages the services consumed per workflow (their inbox rows).
/// </summary>
public static class ServerDatabase
{
    static readonly string[] Services = ["intake", "review", "workflow"];

    /// <summary>The embedded server's four services.</summary>
    public static readonly string[] AllServices = ["intake", "review", "workflow", "audit"];

    /// <summary>Where each service keeps its data when its process is given <paramref name="database"/> (Database:FilePerService).</summary>
    public static IReadOnlyList<string> ServiceFiles(string database, IEnumerable<string> services) =>
        [.. services.Select(service => SqliteDataSource.ServiceFile(database, service))];

    /// <param name="databasePaths">The server's files: one, or one per service, attached so that every table is found by its name.</param>
    public static async Task Check(IReadOnlyList<string> databasePaths, int expected, PhaseResult result, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePaths[0]};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(cancellationToken);
        for (var i = 1; i < databasePaths.Count; i++)
        {
            await using var attach = connection.CreateCommand();
            attach.CommandText = $"ATTACH DATABASE $file AS service{i}";
            attach.Parameters.AddWithValue("$file", databasePaths[i]);
            await attach.ExecuteNonQueryAsync(cancellationToken);
        }

        async Task<long> Count(string sql)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        async Task Expect(string what, string sql, long wanted)
        {
            var actual = await Count(sql);
            if (actual != wanted)
                result.Violations.Add($"{what}: {actual}, expected {wanted}");
        }

        await Expect("requests", "SELECT COUNT(*) FROM Requests", expected);
        await Expect("requests approved", "SELECT COUNT(*) FROM Requests WHERE Status = 'Approved'", expected);
        await Expect("timeline entries (submitted, under review, approved)", "SELECT COUNT(*) FROM RequestHistory", 3L * expected);
        await Expect("reviews", "SELECT COUNT(*) FROM Reviews", expected);
        await Expect("reviews decided", "SELECT COUNT(*) FROM Reviews WHERE Status = 'Decided'", expected);
        await Expect("sagas", "SELECT COUNT(*) FROM ApprovalSagas", expected);
        await Expect("sagas approved", "SELECT COUNT(*) FROM ApprovalSagas WHERE CurrentState = 'Approved'", expected);

        long consumed = 0;
        foreach (var service in Services)
        {
            consumed += await Count($"SELECT COUNT(*) FROM {service}_InboxState");
            await Expect($"{service} inbox rows not delivered", $"SELECT COUNT(*) FROM {service}_InboxState WHERE Delivered IS NULL", 0);
            await Expect($"{service} outbox rows left", $"SELECT COUNT(*) FROM {service}_OutboxMessage WHERE DeliveredAt IS NULL", 0);
            await Expect($"{service} bus outbox rows left", $"SELECT COUNT(*) FROM {service}_BusOutboxMessage WHERE DeliveredAt IS NULL", 0);
        }

        result.Extra["messages consumed per workflow"] = (double)consumed / expected;
    }
}
