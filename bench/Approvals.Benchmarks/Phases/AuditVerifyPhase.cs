using System.Diagnostics;
using Approvals.Audit.Persistence;
using Approvals.Audit.Verification;
using Approvals.Benchmarks.AuditTrail;
using Approvals.Benchmarks.Measurement;
using Approvals.Persistence;
using Approvals.Persistence.Sqlite.Migrations.Audit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Benchmarks.Phases;

/// <summary>
/// P9: <see cref="ChainVerifier"/>, the code behind <c>audit verify</c> and the verify endpoint, over a trail of
/// <c>--audit-entries</c> entries in a fresh audit file made by the audit context's migrations. Seeding is not timed.
/// Then one entry in the middle is changed behind the triggers' back, and the verifier must name exactly that entry:
/// a fast verifier that stopped looking would otherwise win. Target (issue 14): 200,000 entries/s.
/// </summary>
public sealed class AuditVerifyPhase(BenchContext context) : IPhase
{
    const double TargetPerSecond = 200_000;

    public string Id => "P9 audit verify";
    public string Title => $"ChainVerifier over {context.Options.AuditEntries:N0} audit entries in SQLite (target {TargetPerSecond:N0} entries/s)";
    public string Unit => "entries/s";

    public async Task<PhaseResult> Run(int repetition, CancellationToken cancellationToken)
    {
        var result = new PhaseResult(Id, repetition);
        var count = context.Options.AuditEntries;
        var file = context.DataPath($"p9-r{repetition}.audit.db");
        var connectionString = $"Data Source={file}";
        await using (var db = Open(connectionString))
            await db.Database.MigrateAsync(cancellationToken);

        Console.WriteLine(); // the progress lines go below the runner's
        var seeder = new TrailSeeder(connectionString);
        var seeding = Stopwatch.GetTimestamp();
        var head = await Task.Run(async () =>
        {
            await using var progress = new ProgressLine("seeding  ", count, () => seeder.Written);
            return seeder.Seed(count, cancellationToken);
        }, cancellationToken);
        result.Extra["seeding entries/s"] = count / Stopwatch.GetElapsedTime(seeding).TotalSeconds;
        result.Extra["file MB"] = new FileInfo(file).Length / 1e6;

        var meter = CpuMeter.Start(null);
        var (intact, seconds) = await Verify(connectionString, "verifying", count, cancellationToken);
        result.Cpu = meter.Stop();
        result.Seconds = seconds;
        result.Completed = (int)Math.Min(int.MaxValue, intact.Entries);
        // On a shared machine the wall clock also counts time the verifier waited for a core.
        result.Extra["entries per CPU-second"] = intact.Entries / (seconds * result.Cpu.BenchPercent / 100);
        if (!intact.Valid || intact.Entries != count || intact.LastSequence != count || intact.LastHash != head?.Hash)
            result.Violations.Add($"intact trail: valid {intact.Valid}, {intact.Entries} entries, last {intact.LastSequence}, " +
                                  $"first broken {intact.FirstBrokenSequence} ({intact.Problem})");

        var middle = count / 2 + 1;
        Tamper(connectionString, middle);
        var (tampered, tamperedSeconds) = await Verify(connectionString, "tampered ", count, cancellationToken);
        result.Extra["tampered pass entries/s"] = tampered.Entries / tamperedSeconds;
        if (tampered.Valid || tampered.FirstBrokenSequence != middle || tampered.Entries != count)
            result.Violations.Add($"entry {middle} changed: valid {tampered.Valid}, first broken {tampered.FirstBrokenSequence}, " +
                                  $"{tampered.Entries} entries ({tampered.Problem})");

        SqliteConnection.ClearAllPools();
        if (!context.Options.KeepData) // a million entries take almost a gigabyte: not one per repetition
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                File.Delete(file + suffix);
        if (intact.Entries / seconds < TargetPerSecond)
            Console.WriteLine($"      below the target of {TargetPerSecond:N0} entries/s (not enforced)");
        return result;
    }

    static async Task<(VerificationResult Result, double Seconds)> Verify(string connectionString, string step, long count, CancellationToken cancellationToken)
    {
        await using var db = Open(connectionString);
        var verifier = new ChainVerifier(db, TimeProvider.System);
        await using var progress = new ProgressLine(step, count, () => verifier.EntriesChecked);
        var started = Stopwatch.GetTimestamp();
        var result = await verifier.VerifyAsync(cancellationToken);
        return (result, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    /// <summary>Changes one field of one entry, with the append-only triggers dropped for it, as someone holding the file could.</summary>
    static void Tamper(string connectionString, long sequence)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        int Execute(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return command.ExecuteNonQuery();
        }

        foreach (var drop in AuditTriggers.Drop)
            Execute(drop);
        var changed = Execute($"""UPDATE "AuditEntries" SET "ActorId" = "ActorId" || '-x' WHERE "Sequence" = {sequence}""");
        foreach (var create in AuditTriggers.Create)
            Execute(create);
        if (changed != 1)
            throw new InvalidOperationException($"Entry {sequence} was not changed.");
    }

    internal static AuditDbContext Open(string connectionString) =>
        new((DbContextOptions<AuditDbContext>)DatabaseRegistration.Configure(new DbContextOptionsBuilder<AuditDbContext>(),
            DatabaseProvider.Sqlite, connectionString, AuditDbContext.SchemaName).Options);
}
