using Microsoft.Data.Sqlite;

namespace Approvals.Integration.Tests.Accounting;

/// <summary>
/// The SQLite file of each service, read directly: the ledger trusts the stored state, not the API that presents it.
/// The trail's file, where a deployment runs the trail, is read for its outboxes only.
/// </summary>
public sealed record ServiceDatabases(string Intake, string Review, string Workflow, string? Audit = null) : IServiceDatabases
{
    /// <summary>Reads everything the ledger needs. Intake last: whatever the other services hold must be found there.</summary>
    public async Task<Snapshot> Read()
    {
        var reviews = await Query(Review, "SELECT Id, RequestId, Status, Outcome, DecidedBy FROM Reviews",
            r => new ReviewRow(r.GetGuid(0), r.GetGuid(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4)));
        var sagas = await Query(Workflow, "SELECT RequestId, CurrentState FROM ApprovalSagas", r => new SagaRow(r.GetGuid(0), r.GetString(1)));
        var history = await Query(Intake, "SELECT RequestId, Sequence, Status FROM RequestHistory",
            r => new HistoryRow(r.GetGuid(0), r.GetInt32(1), r.GetString(2)));
        var requests = await Query(Intake, "SELECT Id, IdempotencyKey, Status FROM Requests",
            r => new RequestRow(r.GetGuid(0), r.GetString(1), r.GetString(2)));

        var outbox = new Dictionary<string, OutboxCount>(StringComparer.Ordinal);
        foreach (var file in new[] { Intake, Review, Workflow, Audit }.OfType<string>().Distinct())
        {
            foreach (var table in await OutboxTables(file))
            {
                var counts = await Query(file, $"SELECT COUNT(*), COUNT(DeliveredAt) FROM \"{table}\"", r => new OutboxCount(r.GetInt32(0), r.GetInt32(1)));
                outbox[table] = counts.Single();
            }
        }

        var inbox = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (schema, file) in new[] { ("intake", Intake), ("review", Review), ("workflow", Workflow) })
            inbox[schema] = (await Query(file, $"SELECT COUNT(*) FROM \"{schema}_InboxState\"", r => r.GetInt32(0))).Single();

        return new Snapshot(requests, history, reviews, sagas, outbox, inbox);
    }

    /// <summary>Inbox rows of one service (<c>intake</c>, <c>review</c>, <c>workflow</c>) for one message id.</summary>
    public Task<IReadOnlyList<InboxRow>> Inbox(string schema, Guid messageId)
    {
        var file = schema switch { "intake" => Intake, "review" => Review, _ => Workflow };
        return Query(file, $"SELECT ConsumerId, ReceiveCount, Consumed IS NOT NULL, Delivered IS NOT NULL FROM \"{schema}_InboxState\" WHERE MessageId = $id",
            r => new InboxRow(r.GetGuid(0), r.GetInt32(1), r.GetBoolean(2), r.GetBoolean(3)), ("$id", messageId.ToString().ToUpperInvariant()));
    }

    /// <summary>The request's status in the review service's view, which safety actions are judged on; null before it heard of it.</summary>
    public async Task<string?> ReviewViewStatus(Guid requestId) =>
        (await Query(Review, "SELECT Status FROM Approvals WHERE RequestId = $id", r => r.GetString(0),
            ("$id", requestId.ToString().ToUpperInvariant()))).SingleOrDefault();

    /// <summary>Messages one service (<c>intake</c>, <c>review</c>, <c>workflow</c>) committed and has not yet handed to the broker.</summary>
    public async Task<int> PendingConsumerOutbox(string schema)
    {
        var file = schema switch { "intake" => Intake, "review" => Review, _ => Workflow };
        return (await Query(file, $"SELECT COUNT(*) FROM \"{schema}_OutboxMessage\" WHERE DeliveredAt IS NULL", r => r.GetInt32(0))).Single();
    }

    static async Task<IReadOnlyList<string>> OutboxTables(string file) =>
        await Query(file, "SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE '%\\_OutboxMessage' ESCAPE '\\' OR name LIKE '%\\_BusOutboxMessage' ESCAPE '\\')",
            r => r.GetString(0));

    static async Task<IReadOnlyList<T>> Query<T>(string file, string sql, Func<SqliteDataReader, T> map, params (string Name, object Value)[] parameters)
    {
        // ReadWrite, not Create: a missing file is an error, not a new empty database. No pooling, so no handle outlives the query.
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadWrite;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
            rows.Add(map(reader));
        return rows;
    }
}
