using System.Diagnostics;
using Approvals.Benchmarks;
using Approvals.Benchmarks.Infrastructure;
using Approvals.Benchmarks.Phases;
using Approvals.Benchmarks.Report;
using Approvals.Benchmarks.Saga;

if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine($"{e.Message}\n\n{BenchOptions.Usage}");
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true; // stop after cleanup, not in the middle of it
    cancellation.Cancel();
};

Directory.CreateDirectory(options.DataDirectory);
var started = Stopwatch.GetTimestamp();
// P7 needs it only with its roles split over RabbitMQ; P8 runs on the in-memory bus, P9 on a file, P10 against the
// embedded server.
var needsBroker = options.Phases.Any(p => p is not ("P0" or "P6" or "P7" or "P8" or "P9" or "P10")) || (options.Phases.Contains("P7") && options.SplitRoles);
BrokerAdmin? broker = null;
try
{
    if (needsBroker)
        broker = await BrokerAdmin.Open(options, cancellation.Token);
}
catch (Exception e) when (e is InvalidOperationException or RabbitMQ.Client.Exceptions.BrokerUnreachableException)
{
    Console.Error.WriteLine($"No broker to use on {options.Host}:{options.Port}: {e.Message}\n" +
        $"Start one: APPROVALS_BROKER_PORT={options.Port} build/broker.sh start (or pass --vhost for an existing one).");
    Directory.Delete(options.DataDirectory, recursive: true);
    return 3;
}

try
{
    var machine = MachineFacts.Collect(broker);
    var context = new BenchContext(options, broker);
    using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
    var phases = Phases(context, http).ToList();
    Console.WriteLine($"Approvals benchmark: {string.Join(", ", phases.Select(p => p.Id))}");
    Console.WriteLine($"  {options.Describe()}; {options.Repetitions} repetitions; RabbitMQ vhost {broker?.VirtualHost ?? "–"}\n");

    var results = await new BenchRunner(phases, options.Repetitions).Run(cancellation.Token);

    var summaries = phases.Select(p => new PhaseSummary(p, [.. results.Where(r => r.Phase == p.Id)])).ToList();
    var report = ReportWriter.Write(options, machine, summaries, Stopwatch.GetElapsedTime(started));
    Console.WriteLine();
    Console.WriteLine(report);
    return summaries.All(s => s.Ok) ? 0 : 1;
}
finally
{
    if (broker is not null)
        await broker.DisposeAsync();
    if (!options.KeepData)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(options.DataDirectory, recursive: true);
    }
}

static IEnumerable<IPhase> Phases(BenchContext context, HttpClient http)
{
    var wanted = context.Options.Phases;
    if (wanted.Contains("P0"))
    {
        yield return new FsyncPhase(context);
        yield return new SqliteUpdatePhase(context, threads: 1);
        yield return new SqliteUpdatePhase(context, threads: 4);
        yield return new LoopbackPhase(context);
    }

    if (wanted.Contains("P1"))
    {
        yield return new RawRabbitPhase(context, quorum: true);
        if (context.Options.ClassicQueue)
            yield return new RawRabbitPhase(context, quorum: false);
    }

    if (wanted.Contains("P2"))
        yield return new MassTransitTransportPhase(context);
    if (wanted.Contains("P3"))
        yield return new SagaPhase(context, OutboxKind.InMemory);
    if (wanted.Contains("P4"))
        yield return new SagaPhase(context, OutboxKind.InboxOutbox);
    if (wanted.Contains("P5"))
        yield return new EndToEndPhase(context, http);
    if (wanted.Contains("P6"))
        yield return new WebPagesPhase(context, http);
    if (wanted.Contains("P7"))
        yield return new LifecyclesPhase(context, http);
    if (wanted.Contains("P8"))
        yield return new TimersPhase(context);
    if (wanted.Contains("P9"))
        yield return new AuditVerifyPhase(context);
    if (wanted.Contains("P10"))
        yield return new ScaleReadsPhase(context, http);
}
