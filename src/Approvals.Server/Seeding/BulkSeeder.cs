using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Approvals.Domain.Protocols;
using Approvals.Intake.Persistence;
using Approvals.Persistence;
using Approvals.Review.Persistence;
using Approvals.Workflow;
using Approvals.Workflow.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Server.Seeding;

/// <summary>
/// Writes a <see cref="SeedPlan"/> into intake's, review's and the workflow's databases, a batch at a time: one
/// transaction per batch and service, each service's file written beside the others when they are separate files.
/// </summary>
internal sealed class BulkSeeder(IntakeDbContext intake, ReviewDbContext review, WorkflowDbContext workflow, bool filesApart, TextWriter progress)
{
    const int BatchSize = 20_000;

    // Rows written in one go and flushed by the commit: losing a seeding half-way loses nothing anyone relied on.
    const string BulkPragmas = "PRAGMA synchronous=OFF; PRAGMA cache_size=-262144;";

    public async Task SeedAsync(SeedPlan plan, string idempotencyPrefix, int total, CancellationToken cancellationToken)
    {
        await OpenAsync(intake, cancellationToken);
        await OpenAsync(review, cancellationToken);
        await OpenAsync(workflow, cancellationToken);
        var watch = Stopwatch.StartNew();
        var done = 0;
        foreach (var batch in plan.Cases().Chunk(BatchSize))
        {
            var rows = batch.AsParallel().AsOrdered().Select(c => SeededRows.Of(c, idempotencyPrefix)).ToArray();
            var writes = new Func<Task>[]
            {
                () => WriteAsync(intake, rows, WriteIntake, cancellationToken),
                () => WriteAsync(review, rows, WriteReview, cancellationToken),
                () => WriteAsync(workflow, rows, WriteWorkflow, cancellationToken),
            };
            if (filesApart)
                await Task.WhenAll(writes.Select(write => Task.Run(write, cancellationToken)));
            else
            {
                foreach (var write in writes)
                    await write();
            }

            done += batch.Length;
            await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"seeded {done:N0} of {total:N0} requests ({done / Math.Max(watch.Elapsed.TotalSeconds, 0.001):N0}/s)"));
        }
    }

    static async Task OpenAsync(DbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = BulkPragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    static async Task WriteAsync(DbContext db, SeededRows[] rows, Action<DbContext, DbConnection, DbTransaction, SeededRows[]> write,
        CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        write(db, connection, transaction, rows);
        await transaction.CommitAsync(cancellationToken);
    }

    static void WriteIntake(DbContext db, DbConnection connection, DbTransaction transaction, SeededRows[] rows)
    {
        using var requests = new BulkInserter<RequestRecord>(db, connection, transaction);
        using var history = new BulkInserter<RequestHistoryEntry>(db, connection, transaction);
        foreach (var row in rows)
        {
            requests.Insert(row.Request);
            foreach (var entry in row.Request.History)
                history.Insert(entry);
        }
    }

    static void WriteReview(DbContext db, DbConnection connection, DbTransaction transaction, SeededRows[] rows)
    {
        using var reviews = new BulkInserter<ReviewItem>(db, connection, transaction);
        using var approvals = new BulkInserter<ApprovalRecord>(db, connection, transaction);
        foreach (var row in rows)
        {
            reviews.Insert(row.Review);
            approvals.Insert(row.Approval);
        }
    }

    static void WriteWorkflow(DbContext db, DbConnection connection, DbTransaction transaction, SeededRows[] rows)
    {
        using var sagas = new BulkInserter<ApprovalState>(db, connection, transaction);
        foreach (var row in rows)
            sagas.Insert(row.Saga);
    }

    /// <summary>The protocol versions the server would publish at start, from the same files.</summary>
    public static IReadOnlyList<ProtocolVersion> ProtocolsIn(string directory) =>
        [.. Intake.Protocols.ProtocolFileLoader.Load(directory).Select(file => file.Version)];
}
