using System.Collections.Concurrent;
using System.Diagnostics;
using Approvals.Benchmarks.Measurement;
using Microsoft.Data.Sqlite;

namespace Approvals.Benchmarks.Phases;

/// <summary>
/// P0: single-row UPDATE transactions per second in WAL with synchronous=FULL (the services' durability settings),
/// the most commits SQLite can give any message path on this disk. With several threads they queue on the one
/// write lock.
/// </summary>
public sealed class SqliteUpdatePhase(BenchContext context, int threads) : IPhase
{
    public string Id => $"P0 sqlite x{threads}";
    public string Title => $"BEGIN IMMEDIATE; UPDATE one row; COMMIT — WAL, synchronous=FULL, {threads} thread(s)";
    public string Unit => "commit/s";

    public async Task<PhaseResult> Run(int repetition, CancellationToken cancellationToken)
    {
        var result = new PhaseResult(Id, repetition);
        var connectionString = $"Data Source={context.DataPath($"p0-sqlite-x{threads}-r{repetition}.db")};Pooling=False";
        await using (var setup = new SqliteConnection(connectionString))
        {
            await setup.OpenAsync(cancellationToken);
            await Execute(setup, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; " +
                "CREATE TABLE counter (id INTEGER PRIMARY KEY, value INTEGER NOT NULL); INSERT INTO counter VALUES (1, 0);");
        }

        var latencies = new ConcurrentBag<double>();
        var meter = CpuMeter.Start(null);
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, threads)
            .Select(_ => Task.Factory.StartNew(() => Loop(connectionString, started, latencies, cancellationToken),
                cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        await Task.WhenAll(workers);
        result.Seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        result.Cpu = meter.Stop();

        result.Completed = latencies.Count;
        result.P50Ms = Percentiles.Of(latencies, 50);
        result.P99Ms = Percentiles.Of(latencies, 99);

        await using var check = new SqliteConnection(connectionString);
        await check.OpenAsync(cancellationToken);
        await using var read = check.CreateCommand();
        read.CommandText = "SELECT value FROM counter WHERE id = 1";
        var value = Convert.ToInt64(await read.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        if (value != result.Completed)
            result.Violations.Add($"counter is {value} after {result.Completed} committed increments");
        return result;
    }

    void Loop(string connectionString, long started, ConcurrentBag<double> latencies, CancellationToken cancellationToken)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA synchronous=FULL;"; // per connection, like SqliteDurabilityInterceptor
            pragma.ExecuteNonQuery();
        }

        using var update = connection.CreateCommand();
        update.CommandText = "UPDATE counter SET value = value + 1 WHERE id = 1";
        while (Stopwatch.GetElapsedTime(started) < context.Options.PhysicalDuration && !cancellationToken.IsCancellationRequested)
        {
            var one = Stopwatch.GetTimestamp();
            // Serializable begins IMMEDIATE: the write lock is taken up front, as the saga and outbox transactions do.
            using var transaction = connection.BeginTransaction(System.Data.IsolationLevel.Serializable);
            update.Transaction = transaction;
            update.ExecuteNonQuery();
            transaction.Commit();
            latencies.Add(Stopwatch.GetElapsedTime(one).TotalMilliseconds);
        }
    }

    static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
