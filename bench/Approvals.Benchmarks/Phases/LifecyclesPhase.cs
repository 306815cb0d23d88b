using System.Globalization;
using Approvals.Benchmarks.EndToEnd;
using Approvals.Benchmarks.Infrastructure;
using Approvals.Benchmarks.Lifecycles;
using Approvals.Benchmarks.Measurement;
using Approvals.Messaging.Bus;

namespace Approvals.Benchmarks.Phases;

/// <summary>
/// P7, issue 14's scenario measured from outside: the embedded default (in-memory bus, a SQLite file per service) as its own
/// process, or with <c>--split-roles</c> intake, review, workflow and audit as four processes over RabbitMQ, each with
/// its own SQLite file. Prescribers and reviewers drive full lifecycles over HTTP for a warm-up and a measured window;
/// closed loop, or open loop at <c>--rate</c>. Completed lifecycles per second, the latencies issue 14 sets targets
/// for, errors by status, and each server's CPU, memory, commits and (with <c>--count-fsyncs</c>) fsyncs.
/// </summary>
public sealed class LifecyclesPhase(BenchContext context, HttpClient http) : IPhase
{
    /// <summary>The audit service's queue (Approvals.Audit's AuditRegistration.Queue; the benchmark does not reference it).</summary>
    const string AuditQueue = "audit";

    static readonly string[] SplitRoles = ["intake", "review", "workflow", "audit"];
    static readonly string[] ServerQueues = [ServiceAddresses.WorkflowQueue, ServiceAddresses.ReviewQueue, ServiceAddresses.IntakeQueue, AuditQueue];

    public string Id => context.Options.SplitRoles ? "P7 lifecycles, roles split" : "P7 lifecycles";

    public string Title
    {
        get
        {
            var o = context.Options;
            var shape = o.SplitRoles
                ? "intake, review, workflow and audit as separate processes over RabbitMQ"
                : "the embedded default (in-memory bus, SQLite) as its own process";
            var loop = o.Rate > 0 ? FormattableString.Invariant($"open loop at {o.Rate:0.#} submissions/s") : "closed loop";
            return $"{shape}: {o.Prescribers} prescribers and {o.Reviewers} reviewers over HTTP, submit → listed → approve → reads approved, " +
                   $"{loop}, {o.LifecycleDuration.TotalSeconds:0} s measured after {o.LifecycleWarmup.TotalSeconds:0} s warm-up " +
                   "(issue 14: ≥ 100/s embedded, ≥ 50/s split; p99 submit → listed and decision → reads ≤ 250 ms at half that rate)";
        }
    }

    public string Unit => "lifecycle/s";

    public async Task<PhaseResult> Run(int repetition, CancellationToken cancellationToken)
    {
        var result = new PhaseResult(Id, repetition);
        var options = context.Options;
        if (options.CountFsyncs && !FsyncTrace.Available)
            throw new InvalidOperationException("--count-fsyncs runs the server under strace, which is not on the PATH.");

        var queueNames = options.SplitRoles ? ServerQueues.SelectMany(BrokerAdmin.EndpointNames).ToArray() : [];
        // The server's queue names are fixed: start from none of them, and leave none behind.
        await DeleteQueues(queueNames, cancellationToken);
        var servers = new List<(string Roles, ServerProcess Process, IReadOnlyList<string> Databases, FsyncTrace? Trace)>();
        try
        {
            foreach (var roles in options.SplitRoles ? SplitRoles : ["all"])
            {
                var database = context.DataPath($"p7-r{repetition}-{roles}.db");
                var trace = options.CountFsyncs ? new FsyncTrace(context.DataPath($"p7-r{repetition}-{roles}.strace")) : null;
                servers.Add((roles, BenchServer.Start(options, Environment(database), roles, trace?.Wrapper), DatabaseFiles(database, roles), trace));
            }

            foreach (var server in servers)
                await server.Process.WaitUntilReady(TimeSpan.FromSeconds(120), cancellationToken);

            var watch = new ServerWatch([.. servers.Select(s => new WatchedServer(s.Roles == "all" ? "server" : s.Roles, ServerPid(s.Process, s.Trace), s.Databases, s.Trace))]);
            var run = await Drive(servers.Select(s => (s.Roles, s.Process.BaseAddress)).ToList(), watch, cancellationToken);
            foreach (var (server, watched) in servers.Zip(watch.Servers))
                await Stop(server.Process, watched);

            Report(result, run, watch);
            if (!result.Ok)
            {
                foreach (var server in servers)
                    Console.Error.WriteLine($"  {server.Process.Describe()}, last lines:\n{server.Process.Output}");
            }
            else if (!options.SplitRoles)
                await ServerDatabase.Check(servers[0].Databases, run.Accepted, result, cancellationToken);
        }
        finally
        {
            foreach (var server in servers)
                await server.Process.DisposeAsync();
            await DeleteQueues(queueNames, CancellationToken.None);
        }

        return result;
    }

    async Task<LifecycleRun> Drive(IReadOnlyList<(string Roles, Uri BaseAddress)> servers, ServerWatch watch, CancellationToken cancellationToken)
    {
        var options = context.Options;
        Uri Serving(string role) => servers.First(s => s.Roles is "all" || s.Roles == role).BaseAddress;
        var prescribers = await Task.WhenAll(Enumerable.Range(1, options.Prescribers)
            .Select(i => ApiClient.SignIn(http, Serving("intake"), $"bench-prescriber-{i}", "prescriber", cancellationToken)));
        var reviewers = await Task.WhenAll(Enumerable.Range(1, options.Reviewers)
            .Select(i => ApiClient.SignIn(http, Serving("review"), $"bench-reviewer-{i}", "reviewer", cancellationToken)));

        var load = new LifecycleLoad(options.LifecycleWarmup, options.LifecycleDuration, options.Rate, options.PollInterval);
        Console.WriteLine(); // the progress line rewrites itself below the runner's
        try
        {
            return await new LifecycleDriver(prescribers, reviewers, load, context.Payloads.JustificationText).Run(watch, cancellationToken);
        }
        finally
        {
            ServerWatch.EndProgress();
        }
    }

    void Report(PhaseResult result, LifecycleRun run, ServerWatch watch)
    {
        var stats = run.Stats;
        result.Completed = stats.Completed;
        result.Seconds = stats.Seconds;
        result.P50Ms = stats.SubmitToApproved.P50;
        result.P99Ms = stats.SubmitToApproved.P99;
        result.Cpu = new CpuUsage(watch.Machine?.BenchPercent ?? double.NaN, null,
            watch.CpuPercent.Values.OfType<double>().Sum(), watch.Machine?.MachinePercent ?? double.NaN);

        var extra = result.Extra;
        extra["lifecycles started in the window"] = stats.Started;
        if (context.Options.Rate > 0)
            extra["offered submissions/s"] = context.Options.Rate;
        Percentiles3(extra, "submit → listed", stats.SubmitToListed);
        Percentiles3(extra, "decision → reads approved", stats.DecisionToRead);
        extra["submit → approved p95 ms"] = stats.SubmitToApproved.P95;
        extra["re-authentications to sign"] = run.Reauthentications;

        foreach (var server in watch.Servers)
        {
            var name = server.Name;
            extra[$"{name} CPU %"] = watch.CpuPercent.GetValueOrDefault(name) ?? double.NaN;
            extra[$"{name} RSS steady MB"] = watch.SteadyRssMb(name) ?? double.NaN;
            extra[$"{name} RSS peak MB"] = watch.PeakRssMb.GetValueOrDefault(name) ?? double.NaN;
            extra[$"{name} SQLite commits per lifecycle"] = PerLifecycle(watch.Commits.GetValueOrDefault(name), stats.Completed);
            if (watch.Fsyncs(server) is { } fsyncs)
            {
                extra[$"{name} fsyncs per lifecycle"] = PerLifecycle(fsyncs.Total, stats.Completed);
                extra[$"{name} fsyncs per lifecycle on the WAL"] = PerLifecycle(fsyncs.Wal, stats.Completed);
                extra[$"{name} fsyncs per lifecycle on the database file"] = PerLifecycle(fsyncs.Database, stats.Completed);
            }
        }

        foreach (var (error, count) in stats.ErrorsByStatus)
            extra[$"errors: {error}"] = count;
        foreach (var (error, count) in run.QueueErrors)
            extra[$"errors: {error}"] = count;

        if (stats.Failed > 0)
        {
            result.Violations.Add(string.Create(CultureInfo.InvariantCulture,
                $"{stats.Failed} of {stats.Started} lifecycles failed: {string.Join(", ", stats.ErrorsByStatus.Select(e => $"{e.Key} ×{e.Value}"))}"));
            result.Violations.AddRange(run.FailureSamples);
        }

        if (run.QueueErrors.Count > 0)
            result.Violations.Add("reads of the review queue failed: " + string.Join(", ", run.QueueErrors.Select(e => $"{e.Key} ×{e.Value}")));
        if (stats.Completed == 0)
            result.Violations.Add("no lifecycle completed in the measured window");
    }

    static void Percentiles3(Dictionary<string, double> extra, string name, Percentile3 values)
    {
        extra[$"{name} p50 ms"] = values.P50;
        extra[$"{name} p95 ms"] = values.P95;
        extra[$"{name} p99 ms"] = values.P99;
    }

    static double PerLifecycle(long? count, int lifecycles) => count is { } c && lifecycles > 0 ? (double)c / lifecycles : double.NaN;

    /// <summary>The server's own pid: strace's child when it runs under strace.</summary>
    static int ServerPid(ServerProcess process, FsyncTrace? trace) =>
        trace is null ? process.Pid
            : FsyncTrace.ChildOf(process.Pid) ?? throw new InvalidOperationException($"No server process under strace (pid {process.Pid}).");

    /// <summary>
    /// SIGTERM to the server itself, so it shuts down cleanly whether or not strace stands between; then to what was
    /// started (strace, which exits with its tracee).
    /// </summary>
    static async Task Stop(ServerProcess process, WatchedServer server)
    {
        if (server.Fsyncs is not null && !process.HasExited)
        {
            using var term = System.Diagnostics.Process.Start("kill", ["-TERM", server.Pid.ToString(CultureInfo.InvariantCulture)]);
            await term.WaitForExitAsync();
        }

        await process.Stop();
    }

    async Task DeleteQueues(string[] names, CancellationToken cancellationToken)
    {
        if (names.Length > 0)
            await context.Broker.Delete(names, cancellationToken);
    }

    /// <summary>The file of each service the process hosts, or with <c>--one-file</c> the configured file itself.</summary>
    IReadOnlyList<string> DatabaseFiles(string database, string roles) =>
        context.Options.OneFile ? [database] : ServerDatabase.ServiceFiles(database, roles == "all" ? SplitRoles : [roles]);

    Dictionary<string, string> Environment(string databasePath)
    {
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Approvals"] = $"Data Source={databasePath}",
            // Each simulated user writes far faster than a person: the limiter stays on, out of reach.
            ["RateLimiting__Writes__PermitLimit"] = "1000000",
            ["Database__FilePerService"] = context.Options.OneFile ? "false" : "true",
        };
        if (context.Options.SplitRoles)
        {
            environment["Messaging__Transport"] = "RabbitMq";
            environment["Messaging__RabbitMq__Host"] = context.Options.Host;
            environment["Messaging__RabbitMq__Port"] = context.Options.Port.ToString(CultureInfo.InvariantCulture);
            environment["Messaging__RabbitMq__VirtualHost"] = context.Broker.VirtualHost;
        }

        return environment;
    }
}
