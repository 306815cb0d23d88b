using System.Diagnostics;
using Approvals.Benchmarks.Measurement;

namespace Approvals.Benchmarks.Lifecycles;

/// <summary>
/// The measured window's figures: throughput counts lifecycles that completed inside it; latencies and errors count
/// those that started inside it, whenever they ended (the drain after the window lets them finish).
/// </summary>
public sealed record LifecycleStats(
    int Completed,
    double Seconds,
    int Started,
    IReadOnlyDictionary<string, int> ErrorsByStatus,
    Percentile3 SubmitToListed,
    Percentile3 DecisionToRead,
    Percentile3 SubmitToApproved)
{
    public double PerSecond => Seconds > 0 ? Completed / Seconds : double.NaN;

    public int Failed => ErrorsByStatus.Values.Sum();

    public static LifecycleStats From(IReadOnlyCollection<Lifecycle> all, long windowStart, long windowEnd)
    {
        var completedInWindow = all.Count(l => l.Completed && l.ReadApproved >= windowStart && l.ReadApproved < windowEnd);
        var started = all.Where(l => l.Started >= windowStart && l.Started < windowEnd).ToList();
        var done = started.Where(l => l.Completed).ToList();
        var errors = started.Where(l => l.Failure is not null).GroupBy(l => l.Failure!).ToDictionary(g => g.Key, g => g.Count());
        var unfinished = started.Count(l => l.Failure is null && !l.Completed);
        if (unfinished > 0)
            errors["unfinished after the drain"] = unfinished;
        return new LifecycleStats(
            completedInWindow,
            Stopwatch.GetElapsedTime(windowStart, windowEnd).TotalSeconds,
            started.Count,
            errors,
            Percentile3.Of(done.Select(l => Lifecycle.Ms(l.Started, l.Listed))),
            Percentile3.Of(done.Select(l => Lifecycle.Ms(l.Decided, l.ReadApproved))),
            Percentile3.Of(done.Select(l => Lifecycle.Ms(l.Started, l.ReadApproved))));
    }
}

public sealed record Percentile3(double P50, double P95, double P99)
{
    public static Percentile3 Of(IEnumerable<double> values)
    {
        var list = values.ToList();
        return new Percentile3(Percentiles.Of(list, 50), Percentiles.Of(list, 95), Percentiles.Of(list, 99));
    }
}
