using System.Globalization;
using Approvals.Benchmarks.EndToEnd;
using Approvals.Benchmarks.Measurement;
using Approvals.Benchmarks.ScaleReads;

namespace Approvals.Benchmarks.Phases;

/// <summary>
/// P10: the two reads issue 14 names at scale, from the embedded default holding <c>--scale-requests</c> requests written
/// by the server's <c>seed</c> command: the reviewer queue's first page as the web app asks for it, and one request by
/// id, for its prescriber (their own) and for a reviewer (any). Each is read in a closed loop by a few clients.
/// Target: p99 at most 20 ms for each.
/// </summary>
public sealed class ScaleReadsPhase(BenchContext context, HttpClient http) : IPhase
{
    const double TargetP99Ms = 20;

    /// <summary>The web app's queue asks for up to 200 open reviews at once (Reviewer/Queue.razor).</summary>
    const string QueueFirstPage = "/api/v1/reviews?status=open&limit=200";

    // Seeded users (SeedPlan): the first prescriber owns about 200 requests; the reviewers hold claims on open reviews.
    const string Prescriber = "seed-prescriber-00001";
    const string Reviewer = "seed-reviewer-1";
    const int SampledIds = 5000;

    string? _database;

    public string Id => "P10 scale reads";
    public string Title => $"Queue first page and a request by id with {context.Options.ScaleRequests:N0} requests stored (target p99 <= {TargetP99Ms} ms)";
    public string Unit => "reads/s";

    public async Task<PhaseResult> Run(int repetition, CancellationToken cancellationToken)
    {
        var result = new PhaseResult(Id, repetition);
        var options = context.Options;
        var database = await SeededDatabase(cancellationToken);
        await using var server = BenchServer.Start(options, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__Approvals"] = $"Data Source={database}",
        });
        await server.WaitUntilReady(TimeSpan.FromSeconds(300), cancellationToken);

        var prescriberToken = await DevToken.MintAsync(http, Prescriber, ["prescriber"], server: server.BaseAddress, cancellationToken: cancellationToken);
        var reviewerToken = await DevToken.MintAsync(http, Reviewer, ["reviewer"], server: server.BaseAddress, cancellationToken: cancellationToken);
        var own = await ScaleSeeding.RequestIds(database, Prescriber, SampledIds, cancellationToken);
        var any = await ScaleSeeding.RequestIds(database, null, SampledIds, cancellationToken);
        if (own.Count == 0 || any.Count == 0)
        {
            result.Violations.Add($"no seeded requests found in {database}");
            return result;
        }

        var reads = new (string Label, string Token, Func<int, string> Path)[]
        {
            ("queue first page (reviewer)", reviewerToken, _ => QueueFirstPage),
            ("request by id (its prescriber)", prescriberToken, n => $"/api/v1/requests/{own[n % own.Count]}"),
            ("request by id (a reviewer, any)", reviewerToken, n => $"/api/v1/requests/{any[n % any.Count]}"),
        };
        var all = new List<double>();
        var seconds = 0.0;
        foreach (var (label, token, path) in reads)
        {
            var outcome = await new ClosedLoopReads(http, server.BaseAddress, label, options.ScaleClients)
                .Run(token, path, options.ScaleWarmup, options.ScaleDuration, cancellationToken);
            if (outcome.Errors > 0)
                result.Violations.Add($"{label}: {outcome.Errors} failed reads, first {outcome.FirstError}");
            var p99 = Percentiles.Of(outcome.TimesMs, 99);
            result.Extra[$"p50 ms {label}"] = Percentiles.Of(outcome.TimesMs, 50);
            result.Extra[$"p95 ms {label}"] = Percentiles.Of(outcome.TimesMs, 95);
            result.Extra[$"p99 ms {label}"] = p99;
            result.Extra[$"reads/s {label}"] = outcome.TimesMs.Count / outcome.Seconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {label}: p50 {Percentiles.Of(outcome.TimesMs, 50):0.0} ms, p95 {Percentiles.Of(outcome.TimesMs, 95):0.0} ms, p99 {p99:0.0} ms (target <= {TargetP99Ms} ms)"));
            if (!(p99 <= TargetP99Ms))
                result.Violations.Add(string.Create(CultureInfo.InvariantCulture, $"{label}: p99 {p99:0.0} ms, target {TargetP99Ms} ms"));
            all.AddRange(outcome.TimesMs);
            seconds += outcome.Seconds;
        }

        result.Completed = all.Count;
        result.Seconds = seconds;
        result.P50Ms = Percentiles.Of(all, 50);
        result.P99Ms = Percentiles.Of(all, 99);
        await server.Stop();
        if (!result.Ok)
            Console.Error.WriteLine($"  server output (last lines):\n{server.Output}");
        return result;
    }

    /// <summary>Seeded once for every repetition (reads change nothing), or the files named by --scale-database.</summary>
    async Task<string> SeededDatabase(CancellationToken cancellationToken)
    {
        if (_database is not null)
            return _database;
        var options = context.Options;
        if (options.ScaleDatabase is { } existing)
            return _database = existing;
        var database = context.DataPath("p10.db");
        Console.WriteLine($"  seeding {options.ScaleRequests:N0} requests into {database} (and its sibling files)");
        await ScaleSeeding.Seed(options.ServerAssembly ?? RepositoryPaths.ServerAssembly, database, options.ScaleRequests, cancellationToken);
        return _database = database;
    }
}
