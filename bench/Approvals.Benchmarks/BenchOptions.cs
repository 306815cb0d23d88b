using System.Globalization;

namespace Approvals.Benchmarks;

/// <summary>Command-line settings. One set for every phase, so the phases differ only in what they measure.</summary>
public sealed class BenchOptions
{
    public string Host { get; private set; } = "127.0.0.1";
    public int Port { get; private set; } = EnvInt("APPROVALS_BROKER_PORT") ?? 5673;

    /// <summary>The broker.sh data directory: its rabbitmq.pid gives the broker's CPU, and broker.sh adds the virtual host.</summary>
    public string? BrokerDir { get; private set; } = Environment.GetEnvironmentVariable("APPROVALS_BROKER_DIR");

    /// <summary>An existing virtual host to use instead of creating (and deleting) one with broker.sh.</summary>
    public string? VirtualHost { get; private set; }

    public int Repetitions { get; private set; } = 3;
    public IReadOnlySet<string> Phases { get; private set; } = new HashSet<string>(["P0", "P1", "P2", "P3", "P4", "P5"]);

    /// <summary>Messages per measured repetition of P1/P2, after <see cref="Warmup"/> unmeasured ones.</summary>
    public int Messages { get; private set; } = 3000;
    public int Warmup { get; private set; } = 300;

    /// <summary>The same for P3/P4, which run at the database's pace.</summary>
    public int SagaMessages { get; private set; } = 400;
    public int SagaWarmup { get; private set; } = 80;

    /// <summary>P3/P4 what-if: PRAGMA busy_timeout on the workflow database (0 = as the services run, without).</summary>
    public int BusyTimeoutMs { get; private set; }

    /// <summary>Messages sent but not yet completed, end to end; also the publisher-confirm window.</summary>
    public int Window { get; private set; } = 256;
    public int Prefetch { get; private set; } = 256;

    /// <summary>Messages one consumer handles at once (RabbitMQ.Client dispatch concurrency, MassTransit ConcurrentMessageLimit).</summary>
    public int Concurrency { get; private set; } = 16;

    /// <summary>Open loop: send at this fixed rate (messages/s) instead of as fast as the window allows. 0 = closed loop.</summary>
    public double Rate { get; private set; }

    public int PayloadBytes { get; private set; } = 1024;
    public bool ClassicQueue { get; private set; } = true;

    public TimeSpan PhysicalDuration { get; private set; } = TimeSpan.FromSeconds(2);

    public int Workflows { get; private set; } = 80;
    public int WorkflowWarmup { get; private set; } = 8;
    public int WorkflowConcurrency { get; private set; } = 16;
    public TimeSpan PollInterval { get; private set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>P6: requests stored before the pages are read; reads of each page measured after its warm-up reads.</summary>
    public int StoredRequests { get; private set; } = 10_000;
    public int PageReads { get; private set; } = 100;
    public int PageWarmup { get; private set; } = 10;

    /// <summary>P7: simulated users driving lifecycles, the measured window and the warm-up before it.</summary>
    public int Prescribers { get; private set; } = 24;
    public int Reviewers { get; private set; } = 4;
    public TimeSpan LifecycleDuration { get; private set; } = TimeSpan.FromSeconds(60);
    public TimeSpan LifecycleWarmup { get; private set; } = TimeSpan.FromSeconds(10);

    /// <summary>P10: requests seeded (by the server's seed command), concurrent readers, measured window and warm-up per read.</summary>
    public int ScaleRequests { get; private set; } = 1_000_000;
    public int ScaleClients { get; private set; } = 4;
    public TimeSpan ScaleDuration { get; private set; } = TimeSpan.FromSeconds(20);
    public TimeSpan ScaleWarmup { get; private set; } = TimeSpan.FromSeconds(30);

    /// <summary>P10: read these already seeded files (the Data Source the seed command was given) instead of seeding.</summary>
    public string? ScaleDatabase { get; private set; }

    /// <summary>P7: intake, review, workflow and audit as separate processes over RabbitMQ instead of the embedded default.</summary>
    public bool SplitRoles { get; private set; }

    /// <summary>P7: every service of a process in the one configured SQLite file (<c>Database:FilePerService=false</c>).</summary>
    public bool OneFile { get; private set; }

    /// <summary>P7: run each server under strace to count its fsyncs (each one then costs a stop for the tracer).</summary>
    public bool CountFsyncs { get; private set; }

    /// <summary>P8: timers due at the same instant, fired by the durable scheduler.</summary>
    public int Timers { get; private set; } = 100_000;
    /// <summary>P9: entries in the audit trail the verifier walks.</summary>
    public long AuditEntries { get; private set; } = 1_000_000;

    public string DataDirectory { get; private set; } = Path.Combine(Path.GetTempPath(), $"approvals-bench-{Environment.ProcessId}");
    public bool KeepData { get; private set; }
    public string? ServerAssembly { get; private set; }

    public const string Usage = """
        Approvals benchmark: interleaved phases P0..P10 in one process, medians of the repetitions.

          dotnet run -c Release --project bench/Approvals.Benchmarks -- [options]

          --port N              RabbitMQ port (default $APPROVALS_BROKER_PORT or 5673); --host H (127.0.0.1)
          --broker-dir DIR      broker.sh data directory (default $APPROVALS_BROKER_DIR or <repo>/.rabbitmq)
          --vhost NAME          use this existing virtual host instead of creating one with broker.sh
          --phases P0,P1,...    which phases to run (default P0..P5; P6, the web pages, on request: it stores 10,000 requests first)
          --reps N              repetitions of every phase, interleaved (default 3)
          --messages N          measured messages per repetition of P1/P2 (default 3000); --warmup N (300)
          --saga-messages N     measured messages per repetition of P3/P4 (default 400); --saga-warmup N (80)
          --busy-timeout-ms N   P3/P4 what-if: PRAGMA busy_timeout on the saga database (default 0: as the services run)
          --window N            in-flight messages and publisher-confirm window (default 256)
          --prefetch N          consumer prefetch (default 256)
          --concurrency N       messages a consumer handles at once (default 16)
          --rate R              open loop at R messages/s (P7: submissions/s) instead of closed loop (default 0 = closed loop)
          --payload-bytes N     JSON size of one ApprovalRequested (default 1024)
          --no-classic          skip the classic-queue variant of P1
          --physical-seconds S  duration of each P0 measurement (default 2)
          --workflows N         measured workflows per repetition of P5 (default 80); --workflow-warmup N (8)
          --workflow-concurrency N  workflows in flight in P5 (default 16); --poll-ms N (20)
          --stored-requests N   P6: requests stored before the web pages are read (default 10000)
          --page-reads N        P6: measured reads of each page (default 100); --page-warmup N (10)
          --phases P7           full lifecycles from outside (issue 14), on request; no broker unless --split-roles:
            --prescribers N     prescribers submitting (default 24); --reviewers N reviewers deciding (default 4)
            --duration S        measured seconds (default 60), after --lifecycle-warmup S (default 10)
            --split-roles       intake, review, workflow and audit as separate processes over RabbitMQ
            --count-fsyncs      run the server under strace (seccomp-filtered) and count its fsyncs per lifecycle
            --one-file          every service in the one configured SQLite file, not a file each (Database:FilePerService=false)
          --phases P8           timers due at one instant fired by the durable scheduler (issue 14), on request; no broker:
            --timers N          how many (default 100000)
          --phases P10          reads at scale (issue 14): the queue's first page and a request by id, target p99 <= 20 ms; no broker:
            --scale-requests N  requests written by the server's seed command first (default 1000000)
            --scale-clients N   concurrent readers (default 4); --scale-duration S measured seconds per read (default 20),
                                after --scale-warmup S (default 30: the JIT's tiering)
            --scale-database F  read files seeded before (the seed command's Data Source) instead of seeding
          --phases P9           audit chain verification (issue 14), on request; no broker:
            --audit-entries N   entries seeded into a fresh audit file, then verified (default 1000000)
          --data-dir DIR        where SQLite files and the fsync probe go (default a temp directory); --keep-data
          --server-dll PATH     the built Approvals.Server.dll (default the one built beside this benchmark)
        """;

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            int Int() => int.Parse(Value(), CultureInfo.InvariantCulture);
            TimeSpan Seconds() => TimeSpan.FromSeconds(double.Parse(Value(), CultureInfo.InvariantCulture));
            switch (name)
            {
                case "--host": options.Host = Value(); break;
                case "--port": options.Port = Int(); break;
                case "--broker-dir": options.BrokerDir = Value(); break;
                case "--vhost": options.VirtualHost = Value(); break;
                case "--phases":
                    options.Phases = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select(p => p.ToUpperInvariant()).ToHashSet();
                    break;
                case "--reps": options.Repetitions = Int(); break;
                case "--messages": options.Messages = Int(); break;
                case "--warmup": options.Warmup = Int(); break;
                case "--saga-messages": options.SagaMessages = Int(); break;
                case "--saga-warmup": options.SagaWarmup = Int(); break;
                case "--busy-timeout-ms": options.BusyTimeoutMs = Int(); break;
                case "--window": options.Window = Int(); break;
                case "--prefetch": options.Prefetch = Int(); break;
                case "--concurrency": options.Concurrency = Int(); break;
                case "--rate": options.Rate = double.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--payload-bytes": options.PayloadBytes = Int(); break;
                case "--no-classic": options.ClassicQueue = false; break;
                case "--physical-seconds": options.PhysicalDuration = TimeSpan.FromSeconds(double.Parse(Value(), CultureInfo.InvariantCulture)); break;
                case "--workflows": options.Workflows = Int(); break;
                case "--workflow-warmup": options.WorkflowWarmup = Int(); break;
                case "--workflow-concurrency": options.WorkflowConcurrency = Int(); break;
                case "--poll-ms": options.PollInterval = TimeSpan.FromMilliseconds(Int()); break;
                case "--stored-requests": options.StoredRequests = Int(); break;
                case "--page-reads": options.PageReads = Int(); break;
                case "--page-warmup": options.PageWarmup = Int(); break;
                case "--prescribers": options.Prescribers = Int(); break;
                case "--reviewers": options.Reviewers = Int(); break;
                case "--duration": options.LifecycleDuration = Seconds(); break;
                case "--lifecycle-warmup": options.LifecycleWarmup = Seconds(); break;
                case "--split-roles": options.SplitRoles = true; break;
                case "--count-fsyncs": options.CountFsyncs = true; break;
                case "--one-file": options.OneFile = true; break;
                case "--timers": options.Timers = Int(); break;
                case "--scale-requests": options.ScaleRequests = Int(); break;
                case "--scale-clients": options.ScaleClients = Int(); break;
                case "--scale-duration": options.ScaleDuration = Seconds(); break;
                case "--scale-warmup": options.ScaleWarmup = Seconds(); break;
                case "--scale-database": options.ScaleDatabase = Path.GetFullPath(Value()); break;
                case "--audit-entries": options.AuditEntries = long.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--data-dir": options.DataDirectory = Path.GetFullPath(Value()); break;
                case "--keep-data": options.KeepData = true; break;
                case "--server-dll": options.ServerAssembly = Path.GetFullPath(Value()); break;
                default: throw new ArgumentException($"Unknown option '{name}'.");
            }
        }

        if (options.Repetitions < 1 || options.Messages < 1 || options.SagaMessages < 1 || options.SagaWarmup < 0 || options.BusyTimeoutMs < 0 || options.Window < 1 || options.Prefetch < 1 || options.Concurrency < 1
            || options.Workflows < 1 || options.StoredRequests < 1 || options.PageReads < 1 || options.PageWarmup < 0 || options.WorkflowConcurrency < 1 || options.Warmup < 0 || options.WorkflowWarmup < 0 || options.Timers < 1)
            throw new ArgumentException("Counts, window, prefetch and concurrency must be positive.");
        if (options.Prescribers < 1 || options.Reviewers < 1 || options.LifecycleDuration <= TimeSpan.Zero || options.LifecycleWarmup < TimeSpan.Zero || options.Rate < 0)
            throw new ArgumentException("P7 needs at least one prescriber and one reviewer, a positive duration, no negative warm-up or rate.");
        if (options.ScaleRequests < 1 || options.ScaleClients < 1 || options.ScaleDuration <= TimeSpan.Zero || options.ScaleWarmup < TimeSpan.Zero)
            throw new ArgumentException("P10 needs at least one request and one client, a positive duration and no negative warm-up.");
        if (options.AuditEntries < 2)
            throw new ArgumentException("P9 needs at least 2 audit entries: one to change in the middle and one after it.");
        return options;
    }

    /// <summary>The settings every phase shares, printed with the results.</summary>
    public string Describe() =>
        $"P1/P2 {Messages} messages (+{Warmup} warm-up), P3/P4 {SagaMessages} (+{SagaWarmup}), window {Window}, prefetch {Prefetch}, " +
        $"concurrency {Concurrency}, " + (BusyTimeoutMs > 0 ? $"busy_timeout {BusyTimeoutMs} ms (what-if), " : "") +
        (Rate > 0 ? $"open loop at {Rate:0} msg/s" : "closed loop") +
        $", payload {PayloadBytes} B JSON; P5: {Workflows} workflows (+{WorkflowWarmup}), {WorkflowConcurrency} in flight, " +
        $"poll {PollInterval.TotalMilliseconds:0} ms; P7: {Prescribers} prescribers, {Reviewers} reviewers, {LifecycleDuration.TotalSeconds:0} s " +
        $"(+{LifecycleWarmup.TotalSeconds:0} s)" + (SplitRoles ? ", roles split" : "") + (CountFsyncs ? ", fsyncs counted" : "") +
        (OneFile ? ", one SQLite file" : "") + $"; P8: {Timers} timers" +
        $"; P9: {AuditEntries:N0} audit entries" +
        $"; P10: {ScaleRequests:N0} requests, {ScaleClients} clients, {ScaleDuration.TotalSeconds:0} s (+{ScaleWarmup.TotalSeconds:0} s) per read";

    static int? EnvInt(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var value) ? value : null;
}
