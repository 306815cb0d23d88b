using System.Globalization;
using System.Text;
using Approvals.Benchmarks.Infrastructure;

namespace Approvals.Benchmarks.Report;

/// <summary>The closing report as Markdown, ready for docs/benchmarks.md.</summary>
public static class ReportWriter
{
    public static string Write(BenchOptions options, MachineFacts machine, IReadOnlyList<PhaseSummary> phases, TimeSpan elapsed)
    {
        var byId = phases.ToDictionary(p => p.Phase.Id);
        var text = new StringBuilder();
        void Line(string line = "") => text.AppendLine(line);
        string F(double? value, string format = "0.0") =>
            value is { } v && !double.IsNaN(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "–";

        Line("## Machine");
        Line();
        Line($"- nproc: {machine.Cores}; CPU: {machine.Cpu}; memory: {machine.Memory}; load average at start: {machine.LoadAverage}, at end: {MachineFacts.LoadAverageNow()}");
        Line($"- disk (data directory {options.DataDirectory}): {F(byId.GetValueOrDefault("P0 fsync")?.Throughput, "0")} fsync/s " +
             $"(p50 {F(byId.GetValueOrDefault("P0 fsync")?.P50Ms, "0.000")} ms)");
        Line($"- RabbitMQ {machine.RabbitMq}; {machine.Dotnet}; {machine.Os}");
        Line($"- settings: {options.Describe()}; {options.Repetitions} repetitions interleaved; run took {elapsed.TotalMinutes:0.0} min");
        Line();
        Line("## Phases (medians of the repetitions)");
        Line();
        Line("| Phase | Throughput | Unit | p50 ms | p99 ms | Commits/msg (EF / SQLite) | CPU % bench / broker / server / machine | Each repetition | Invariants |");
        Line("|---|---:|---|---:|---:|---|---|---|---|");
        foreach (var p in phases)
        {
            var commits = p.Commits is null ? "–" : $"{F(p.Commits, "0.00")} / {F(p.SqliteCommits, "0.00")}";
            var cpu = $"{F(p.BenchCpu, "0")} / {F(p.BrokerCpu, "0")} / {F(p.ServerCpu, "0")} / {F(p.MachineCpu, "0")}";
            var each = string.Join(" · ", p.Runs.Select(r => F(r.Throughput, "0")));
            Line($"| {p.Phase.Id} | {F(p.Throughput)} | {p.Phase.Unit} | {F(p.P50Ms, "0.00")} | {F(p.P99Ms, "0.00")} | {commits} | {cpu} | {each} | {(p.Ok ? "ok" : "**FAILED**")} |");
        }

        Line();
        foreach (var p in phases.Where(p => p.ExtraKeys.Any()))
            Line($"- {p.Phase.Id}: " + string.Join("; ", p.ExtraKeys.Select(k => $"{k} {F(p.Extra(k), "0.00")}")));
        Line();
        Line("What each phase runs:");
        Line();
        foreach (var p in phases)
            Line($"- **{p.Phase.Id}**: {p.Phase.Title}");
        Line();
        Line("## Ratios");
        Line();
        Line("| Ratio | Value | What it measures |");
        Line("|---|---:|---|");
        foreach (var (name, value, meaning) in Ratios.From(byId))
            Line($"| {name} | {F(value, "0.00")} | {meaning} |");

        var failures = phases.SelectMany(p => p.Runs).Where(r => !r.Ok).ToList();
        Line();
        Line(failures.Count == 0
            ? "Invariants: every repetition of every phase completed exactly what it sent (no loss, no duplicates)."
            : $"**FAILED**: {failures.Count} repetition(s) broke an invariant: " +
              string.Join("; ", failures.Select(r => $"{r.Phase} #{r.Repetition}: {string.Join(", ", r.Violations)}")));
        return text.ToString();
    }
}
