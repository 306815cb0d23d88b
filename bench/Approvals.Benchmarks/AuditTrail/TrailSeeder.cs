using Approvals.Audit.Chain;
using Approvals.Audit.Persistence;
using Microsoft.Data.Sqlite;

namespace Approvals.Benchmarks.AuditTrail;

/// <summary>
/// Fills a migrated audit file with a valid chain in bulk: a prepared INSERT in a few large transactions, linked and
/// hashed by <see cref="AuditChain.Link"/> as the appender does, without the appender's read of the head per entry.
/// Values are bound as EF binds them on SQLite (times as UTC ticks, ids as text), so the verifier reads what it would
/// read from a trail the service wrote.
/// </summary>
public sealed class TrailSeeder(string connectionString)
{
    const int EntriesPerTransaction = 50_000;

    static readonly string[] Columns =
    [
        nameof(AuditEntry.Sequence), nameof(AuditEntry.RecordedAt), nameof(AuditEntry.OccurredAt), nameof(AuditEntry.ActorId),
        nameof(AuditEntry.ActorName), nameof(AuditEntry.ActorRole), nameof(AuditEntry.Action), nameof(AuditEntry.EntityType),
        nameof(AuditEntry.EntityId), nameof(AuditEntry.EntityVersion), nameof(AuditEntry.RequestId), nameof(AuditEntry.OldValues),
        nameof(AuditEntry.NewValues), nameof(AuditEntry.Reason), nameof(AuditEntry.CorrelationId), nameof(AuditEntry.MessageId),
        nameof(AuditEntry.PreviousHash), nameof(AuditEntry.Hash),
    ];

    long _written;

    /// <summary>Entries inserted so far (committed a transaction at a time), for the progress line.</summary>
    public long Written => Volatile.Read(ref _written);

    /// <summary>Appends entries 1..<paramref name="count"/> to an empty trail and returns the head it leaves.</summary>
    public ChainHead? Seed(long count, CancellationToken cancellationToken)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var insert = connection.CreateCommand();
        insert.CommandText = $"""INSERT INTO "AuditEntries" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) """ +
                             $"VALUES ({string.Join(", ", Columns.Select((_, i) => $"@p{i}"))})";
        var parameters = Columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter { ParameterName = $"@p{i}" })).ToArray();

        ChainHead? head = null;
        var recordedAt = new DateTimeOffset(2026, 1, 5, 7, 0, 0, TimeSpan.Zero);
        while (Written < count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var transaction = connection.BeginTransaction();
            insert.Transaction = transaction;
            insert.Prepare();
            var end = Math.Min(count, Written + EntriesPerTransaction);
            for (var number = Written + 1; number <= end; number++)
            {
                var entry = AuditChain.Link(TrailDraftMix.For(number), head, recordedAt.AddSeconds(number * 7).AddTicks(number));
                Bind(parameters, entry);
                insert.ExecuteNonQuery();
                head = new ChainHead(entry.Sequence, entry.Hash);
                Volatile.Write(ref _written, number);
            }

            transaction.Commit();
        }

        return head;
    }

    static void Bind(SqliteParameter[] p, AuditEntry e)
    {
        object Or(object? value) => value ?? DBNull.Value;
        p[0].Value = e.Sequence;
        p[1].Value = e.RecordedAt.UtcTicks;
        p[2].Value = e.OccurredAt.UtcTicks;
        p[3].Value = e.ActorId;
        p[4].Value = Or(e.ActorName);
        p[5].Value = Or(e.ActorRole);
        p[6].Value = e.Action;
        p[7].Value = e.EntityType;
        p[8].Value = e.EntityId;
        p[9].Value = Or(e.EntityVersion);
        p[10].Value = Or(e.RequestId);
        p[11].Value = Or(e.OldValues);
        p[12].Value = Or(e.NewValues);
        p[13].Value = Or(e.Reason);
        p[14].Value = Or(e.CorrelationId);
        p[15].Value = Or(e.MessageId);
        p[16].Value = Or(e.PreviousHash);
        p[17].Value = e.Hash;
    }
}
