using Approvals.Benchmarks.Measurement;
using Approvals.Benchmarks.Phases;

namespace Approvals.Benchmarks.Report;

/// <summary>One phase over all its repetitions: medians, and whether every repetition kept the invariants.</summary>
public sealed record PhaseSummary(IPhase Phase, IReadOnlyList<PhaseResult> Runs)
{
    public double Throughput => Percentiles.Median(Runs.Select(r => r.Throughput));
    public double P50Ms => Percentiles.Median(Runs.Select(r => r.P50Ms));
    public double P99Ms => Percentiles.Median(Runs.Select(r => r.P99Ms));
    public double? Commits => Median(Runs.Select(r => r.CommitsPerMessage));
    public double? SqliteCommits => Median(Runs.Select(r => r.SqliteCommitsPerMessage));
    public double? BenchCpu => Median(Runs.Select(r => r.Cpu?.BenchPercent));
    public double? BrokerCpu => Median(Runs.Select(r => r.Cpu?.BrokerPercent));
    public double? ServerCpu => Median(Runs.Select(r => r.Cpu?.ServerPercent));
    public double? MachineCpu => Median(Runs.Select(r => r.Cpu?.MachinePercent));
    public bool Ok => Runs.All(r => r.Ok);

    public double? Extra(string key) => Median(Runs.Select(r => r.Extra.TryGetValue(key, out var v) ? v : (double?)null));

    public IEnumerable<string> ExtraKeys => Runs.SelectMany(r => r.Extra.Keys).Distinct();

    static double? Median(IEnumerable<double?> values)
    {
        var present = values.OfType<double>().ToList();
        return present.Count == 0 ? null : Percentiles.Median(present);
    }
}
