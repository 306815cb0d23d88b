using System.Diagnostics;
using System.Globalization;
using Approvals.Benchmarks.Lifecycles;
using Approvals.Benchmarks.Measurement;
using Approvals.Benchmarks.Timers;
using Approvals.Messaging.Scheduling;
using Approvals.Workflow.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Approvals.Benchmarks.Phases;

/// <summary>
/// P8, issue 14's "100,000 timers due at the same moment all fired within 60 s": a fresh SQLite file holds N timers
/// due at one instant; the real durable scheduler (its poller and dispatcher) fires them over the in-memory bus to a
/// counting consumer. Timed from the host's start until every timer was sent, received and removed from the table.
/// </summary>
public sealed class TimersPhase(BenchContext context) : IPhase
{
    public string Id => "P8 timers";

    public string Title =>
        $"{context.Options.Timers:N0} timers due at one instant in a fresh SQLite file (WAL/FULL), fired by the durable scheduler's " +
        "poller over the in-memory bus to a counting consumer (issue 14: 100,000 fired within 60 s)";

    public string Unit => "timer/s";

    public async Task<PhaseResult> Run(int repetition, CancellationToken cancellationToken)
    {
        var result = new PhaseResult(Id, repetition);
        var count = context.Options.Timers;
        var queue = BenchContext.QueueName("p8", repetition);
        var database = context.DataPath($"{queue}.db");
        var tally = new TimerTally();
        using var host = TimerHost.Build(context, queue, database, tally);

        await using (var scope = host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().Database.MigrateAsync(cancellationToken);
        var seeding = Stopwatch.GetTimestamp();
        var tokens = await TimerSeed.Store(host.Services, count, new Uri($"queue:{queue}"), TimeProvider.System.GetUtcNow(), cancellationToken);
        result.Extra["seeding s"] = Stopwatch.GetElapsedTime(seeding).TotalSeconds;

        var sends = new TimerSendCounter();
        host.Services.GetRequiredService<IBus>().ConnectSendObserver(sends);
        var commitsBefore = SqliteCommitCounter.Read(database);
        var cpu = CpuMeter.Start(null);
        tally.Started = Stopwatch.GetTimestamp();
        await host.StartAsync(cancellationToken);
        try
        {
            var run = await WatchUntilDone(host.Services, count, tally, sends, cancellationToken);
            result.Cpu = cpu.Stop();
            // Under contention the wall clock says more about the neighbours than about us; the CPU spent does not.
            result.Extra["CPU ms per timer (this process)"] = result.Cpu.BenchPercent / 100 * run.Done.TotalMilliseconds / count;
            result.Completed = tally.Distinct;
            result.Seconds = run.Done.TotalSeconds;
            var arrivals = tally.ArrivalMs();
            result.P50Ms = Percentiles.Of(arrivals, 50);
            result.P99Ms = Percentiles.Of(arrivals, 99);
            result.Extra["s until all fired (sent and confirmed)"] = run.Fired?.TotalSeconds ?? double.NaN;
            result.Extra["s until all received"] = run.Received?.TotalSeconds ?? double.NaN;
            result.Extra["s until the table was empty"] = run.Emptied?.TotalSeconds ?? double.NaN;
            var commits = SqliteCommitCounter.Between(commitsBefore, SqliteCommitCounter.Read(database));
            result.Extra["SQLite commits"] = commits ?? double.NaN;
            result.Extra["SQLite commits per 1000 timers"] = commits is { } c ? 1000.0 * c / count : double.NaN;
            if (run.Fired is null || run.Received is null || run.Emptied is null)
                result.Violations.Add($"not done after {run.Done.TotalSeconds:0} s: {sends.Sent} sent, {tally.Distinct} received");
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }

        await Check(host.Services, tokens, tally, sends, result, cancellationToken);
        return result;
    }

    sealed record Watched(TimeSpan Done, TimeSpan? Fired, TimeSpan? Received, TimeSpan? Emptied);

    /// <summary>Polls the counters until every timer was sent, received and deleted (or time runs out); a progress line a second.</summary>
    static async Task<Watched> WatchUntilDone(IServiceProvider services, int count, TimerTally tally, TimerSendCounter sends,
        CancellationToken cancellationToken)
    {
        var timeout = BenchContext.CompletionTimeout(count);
        TimeSpan? fired = null, received = null, emptied = null;
        var lastPrint = TimeSpan.Zero;
        var lastSent = 0L;
        Console.WriteLine(); // the progress line rewrites itself below the runner's
        try
        {
            while (true)
            {
                var into = Stopwatch.GetElapsedTime(tally.Started);
                if (fired is null && sends.Sent >= count)
                    fired = into;
                if (received is null && tally.Distinct >= count)
                    received = into;
                if (emptied is null && fired is not null && await Remaining(services, cancellationToken) == 0)
                    emptied = Stopwatch.GetElapsedTime(tally.Started);
                if (received is not null && emptied is not null)
                    return new Watched(Max(received.Value, emptied.Value), fired, received, emptied);
                if (into > timeout)
                    return new Watched(into, fired, received, emptied);

                if (into - lastPrint >= TimeSpan.FromSeconds(1))
                {
                    var sent = sends.Sent;
                    var rate = (sent - lastSent) / (into - lastPrint).TotalSeconds;
                    (lastPrint, lastSent) = (into, sent);
                    Console.Write(string.Create(CultureInfo.InvariantCulture,
                        $"\r      {into.TotalSeconds,4:0} s: {rate,7:0} fired/s, {sent,7} fired, {tally.Distinct,7} received, {sends.Faulted} send faults   "));
                }

                await Task.Delay(20, cancellationToken);
            }
        }
        finally
        {
            Console.WriteLine();
        }
    }

    static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    static async Task<int> Remaining(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().Set<DurableTimer>().CountAsync(cancellationToken);
    }

    /// <summary>Every timer received exactly once under its own token as MessageId, nothing unknown, nothing left stored.</summary>
    static async Task Check(IServiceProvider services, HashSet<Guid> tokens, TimerTally tally, TimerSendCounter sends, PhaseResult result,
        CancellationToken cancellationToken)
    {
        var violations = result.Violations;
        var missing = tokens.Count(t => !tally.Has(t));
        var unknown = tally.Ids.Count(id => !tokens.Contains(id));
        if (missing > 0)
            violations.Add($"{missing} timers never received");
        if (unknown > 0)
            violations.Add($"{unknown} unknown messages received");
        if (tally.Duplicates > 0)
            violations.Add($"{tally.Duplicates} timers received more than once");
        if (tally.WrongIds > 0)
            violations.Add($"{tally.WrongIds} messages whose MessageId is not their timer's token");
        if (sends.Sent != tokens.Count)
            violations.Add($"{sends.Sent} sends for {tokens.Count} timers");
        if (await Remaining(services, cancellationToken) is var left and > 0)
            violations.Add($"{left} timers left in the table");
    }
}
