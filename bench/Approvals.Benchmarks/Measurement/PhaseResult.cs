namespace Approvals.Benchmarks.Measurement;

/// <summary>One repetition of one phase. A run with any violation is a failed run, however fast.</summary>
public sealed class PhaseResult(string phase, int repetition)
{
    public string Phase { get; } = phase;
    public int Repetition { get; } = repetition;

    public int Completed { get; set; }
    public double Seconds { get; set; }
    public double Throughput => Seconds > 0 ? Completed / Seconds : double.NaN;
    public double P50Ms { get; set; } = double.NaN;
    public double P99Ms { get; set; } = double.NaN;

    /// <summary>Database commits per consumed message as EF sees them (explicit commits + SaveChanges without a transaction).</summary>
    public double? CommitsPerMessage { get; set; }

    /// <summary>The same counted by SQLite's commit hook: every write transaction, whoever ran it.</summary>
    public double? SqliteCommitsPerMessage { get; set; }

    public CpuUsage? Cpu { get; set; }
    public List<string> Violations { get; } = [];

    /// <summary>Phase-specific figures (fsync latency, messages per workflow...), printed under the table.</summary>
    public Dictionary<string, double> Extra { get; } = [];

    public bool Ok => Violations.Count == 0;

    public void Apply(TrackerSummary summary)
    {
        Completed = summary.Completed;
        Seconds = summary.Seconds;
        P50Ms = summary.P50Ms;
        P99Ms = summary.P99Ms;
        Violations.AddRange(summary.Violations);
    }
}
