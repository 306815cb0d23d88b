using System.Globalization;
using System.Net;
using Approvals.Benchmarks.EndToEnd;
using Approvals.Benchmarks.Infrastructure;
using Approvals.Benchmarks.Measurement;
using Approvals.Benchmarks.WebPages;

namespace Approvals.Benchmarks.Phases;

/// <summary>
/// P6: the web app's pages as each role reads them, from the embedded default (in-memory bus, SQLite) holding
/// <c>--stored-requests</c> requests with their reviews open. A page's time is the whole answer over loopback,
/// including the web app's own calls to the API. Target: p95 under 300 ms for every page.
/// </summary>
public sealed class WebPagesPhase(BenchContext context, HttpClient http) : IPhase
{
    const double TargetP95Ms = 300;

    public string Id => "P6 web pages";
    public string Title => $"Web pages read by each role with {context.Options.StoredRequests:N0} requests stored (target p95 < {TargetP95Ms} ms)";
    public string Unit => "pages/s";

    public async Task<PhaseResult> Run(int repetition, CancellationToken cancellationToken)
    {
        var result = new PhaseResult(Id, repetition);
        var options = context.Options;
        await using var server = BenchServer.Start(options, Environment(context.DataPath($"p6-r{repetition}.db")));
        await server.WaitUntilReady(TimeSpan.FromSeconds(120), cancellationToken);

        // The prescriber the web app offers as a demo user owns every stored request, so their list reads all of them.
        var prescriber = await ApiClient.SignIn(http, server.BaseAddress, "dr-martin", "prescriber", cancellationToken);
        var reviewer = await ApiClient.SignIn(http, server.BaseAddress, "bench-reviewer", "reviewer", cancellationToken);
        var seeded = await StoredCases.Fill(prescriber, reviewer, options.StoredRequests, context.Payloads.JustificationText, cancellationToken);
        result.Extra["stored requests"] = seeded.Count;
        result.Extra["seeding submissions/s"] = seeded.SubmissionsPerSecond;

        var all = new List<double>();
        foreach (var (user, path) in Pages(seeded))
        {
            using var session = await WebSession.SignIn(server.BaseAddress, user, cancellationToken);
            var times = new List<double>();
            for (var i = 0; i < options.PageWarmup + options.PageReads; i++)
            {
                var (status, ms) = await session.Read(path, cancellationToken);
                if (status != HttpStatusCode.OK)
                {
                    result.Violations.Add($"{user} GET {path}: {(int)status}");
                    break;
                }

                if (i >= options.PageWarmup)
                    times.Add(ms);
            }

            if (times.Count == 0)
                continue;
            var p95 = Percentiles.Of(times, 95);
            var label = path.Replace(seeded.RequestId.ToString(), "{id}", StringComparison.Ordinal)
                .Replace(seeded.ReviewId.ToString(), "{id}", StringComparison.Ordinal);
            result.Extra[$"p95 ms {label}"] = p95;
            result.Extra[$"p50 ms {label}"] = Percentiles.Of(times, 50);
            if (p95 > TargetP95Ms)
                result.Violations.Add($"{label}: p95 {p95.ToString("0", CultureInfo.InvariantCulture)} ms, target {TargetP95Ms} ms");
            all.AddRange(times);
        }

        result.Completed = all.Count;
        result.Seconds = all.Sum() / 1000;
        result.P50Ms = Percentiles.Of(all, 50);
        result.P99Ms = Percentiles.Of(all, 99);
        await server.Stop();
        if (!result.Ok)
            Console.Error.WriteLine($"  server output (last lines):\n{server.Output}");
        return result;
    }

    /// <summary>Every page a role opens daily, read by the demo user who would open it.</summary>
    static IEnumerable<(string User, string Path)> Pages(StoredCases.Seeded seeded) =>
    [
        ("dr-martin", "/requests"),
        ("dr-martin", "/requests/new"),
        ("dr-martin", $"/requests/{seeded.RequestId}"),
        ("dr-okafor", "/reviews"),
        ("dr-okafor", $"/reviews/{seeded.ReviewId}"),
        ("dr-nguyen", "/opinions"),
        ("m-dubois", "/audit"),
        ("m-dubois", "/audit/metrics"),
        ("admin-lee", "/admin/protocols"),
    ];

    static Dictionary<string, string> Environment(string databasePath) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["ConnectionStrings__Approvals"] = $"Data Source={databasePath}",
        // Seeding writes as one user far faster than a person: the limiter stays on, out of reach.
        ["RateLimiting__Writes__PermitLimit"] = "1000000",
    };
}
