using Npgsql;

namespace Approvals.Integration.Tests.Accounting;

/// <summary>
/// One PostgreSQL database holding every service, a schema each (intake, review, workflow, audit), read directly like
/// the SQLite files: the ledger trusts the stored state, not the API that presents it.
/// </summary>
public sealed class PostgresServiceDatabases(string connectionString) : IServiceDatabases
{
    static readonly string[] Services = ["intake", "review", "workflow"];

    public async Task<Snapshot> Read()
    {
        await using var connection = await Open();
        var reviews = await Query(connection, """SELECT "Id", "RequestId", "Status", "Outcome", "DecidedBy" FROM review."Reviews" """,
            r => new ReviewRow(r.GetGuid(0), r.GetGuid(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4)));
        var sagas = await Query(connection, """SELECT "RequestId", "CurrentState" FROM workflow."ApprovalSagas" """, r => new SagaRow(r.GetGuid(0), r.GetString(1)));
        var history = await Query(connection, """SELECT "RequestId", "Sequence", "Status" FROM intake."RequestHistory" """,
            r => new HistoryRow(r.GetGuid(0), r.GetInt32(1), r.GetString(2)));
        var requests = await Query(connection, """SELECT "Id", "IdempotencyKey", "Status" FROM intake."Requests" """,
            r => new RequestRow(r.GetGuid(0), r.GetString(1), r.GetString(2)));

        var outbox = new Dictionary<string, OutboxCount>(StringComparer.Ordinal);
        var tables = await Query(connection,
            "SELECT table_schema, table_name FROM information_schema.tables WHERE table_name IN ('OutboxMessage', 'BusOutboxMessage')",
            r => (Schema: r.GetString(0), Table: r.GetString(1)));
        foreach (var (schema, table) in tables)
        {
            var counts = await Query(connection, $"""SELECT COUNT(*), COUNT("DeliveredAt") FROM "{schema}"."{table}" """,
                r => new OutboxCount((int)r.GetInt64(0), (int)r.GetInt64(1)));
            outbox[$"{schema}.{table}"] = counts.Single();
        }

        var inbox = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var schema in Services)
            inbox[schema] = (int)(await Query(connection, $"""SELECT COUNT(*) FROM "{schema}"."InboxState" """, r => r.GetInt64(0))).Single();

        return new Snapshot(requests, history, reviews, sagas, outbox, inbox);
    }

    /// <summary>The audit trail as stored: its sequence range, events recorded twice, and each request's actions.</summary>
    public async Task<StoredTrail> ReadTrail()
    {
        await using var connection = await Open();
        var range = (await Query(connection, """SELECT COUNT(*), COALESCE(MIN("Sequence"), 0), COALESCE(MAX("Sequence"), 0) FROM audit."AuditEntries" """,
            r => (Count: r.GetInt64(0), First: r.GetInt64(1), Last: r.GetInt64(2)))).Single();
        var repeated = await Query(connection,
            """SELECT "MessageId" FROM audit."AuditEntries" WHERE "MessageId" IS NOT NULL GROUP BY "MessageId" HAVING COUNT(*) > 1""",
            r => r.GetGuid(0));
        var actions = await Query(connection, """SELECT "RequestId", "Action" FROM audit."AuditEntries" WHERE "RequestId" IS NOT NULL""",
            r => (RequestId: r.GetGuid(0), Action: r.GetString(1)));
        return new StoredTrail(range.Count, range.First, range.Last, repeated, actions.ToLookup(a => a.RequestId, a => a.Action));
    }

    /// <summary>Timers still waiting though their moment has passed: a timer lost by a killed poller would stay here.</summary>
    public async Task<int> OverdueTimers(DateTimeOffset before)
    {
        await using var connection = await Open();
        // The scheduler stores instants as UTC ticks on PostgreSQL.
        return (int)(await Query(connection, """SELECT COUNT(*) FROM workflow."DurableTimer" WHERE "DueAt" <= @before AND NOT "Cancelled" """,
            r => r.GetInt64(0), ("before", before.UtcTicks))).Single();
    }

    async Task<NpgsqlConnection> Open()
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    static async Task<IReadOnlyList<T>> Query<T>(NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> map,
        params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
            rows.Add(map(reader));
        return rows;
    }
}

/// <summary>
/// The audit trail as the database holds it. Gapless when its sequences run 1..Count; <see cref="RepeatedMessages"/>
/// are events recorded twice, which the trail's inbox must prevent.
/// </summary>
public sealed record StoredTrail(long Count, long FirstSequence, long LastSequence, IReadOnlyList<Guid> RepeatedMessages,
    ILookup<Guid, string> ActionsByRequest)
{
    public bool IsGapless => Count == 0 || (FirstSequence == 1 && LastSequence == Count);

    public int Occurrences(Guid requestId, string action) => ActionsByRequest[requestId].Count(a => a == action);
}
