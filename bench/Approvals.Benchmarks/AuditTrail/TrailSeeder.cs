using Approvals.Audit.Chain;
using Approvals.Audit.Persistence;
using Approvals.Benchmarks.Phases;
using Approvals.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Benchmarks.AuditTrail;

/// <summary>
/// Fills a migrated audit file with a valid chain in bulk: a prepared INSERT in a few large transactions, linked and
/// hashed by <see cref="AuditChain.Link"/> as the appender does, without the appender's read of the head per entry.
/// The insert is built from the audit context's model (<see cref="BulkInserter{T}"/>), so the verifier reads what it
/// would read from a trail the service wrote.
/// </summary>
public sealed class TrailSeeder(string connectionString)
{
    const int EntriesPerTransaction = 50_000;

    long _written;

    /// <summary>Entries inserted so far (committed a transaction at a time), for the progress line.</summary>
    public long Written => Volatile.Read(ref _written);

    /// <summary>Appends entries 1..<paramref name="count"/> to an empty trail and returns the head it leaves.</summary>
    public ChainHead? Seed(long count, CancellationToken cancellationToken)
    {
        using var db = AuditVerifyPhase.Open(connectionString);
        db.Database.OpenConnection();
        var connection = db.Database.GetDbConnection();

        ChainHead? head = null;
        var recordedAt = new DateTimeOffset(2026, 1, 5, 7, 0, 0, TimeSpan.Zero);
        while (Written < count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var transaction = connection.BeginTransaction();
            using var insert = new BulkInserter<AuditEntry>(db, connection, transaction);
            var end = Math.Min(count, Written + EntriesPerTransaction);
            for (var number = Written + 1; number <= end; number++)
            {
                var entry = AuditChain.Link(TrailDraftMix.For(number), head, recordedAt.AddSeconds(number * 7).AddTicks(number));
                insert.Insert(entry);
                head = new ChainHead(entry.Sequence, entry.Hash);
                Volatile.Write(ref _written, number);
            }

            transaction.Commit();
        }

        return head;
    }
}
