namespace Approvals.Benchmarks.Measurement;

public static class Percentiles
{
    /// <summary>Nearest-rank percentile (p in 0..100) of unsorted values; NaN when there are none.</summary>
    public static double Of(IReadOnlyCollection<double> values, double p)
    {
        if (values.Count == 0)
            return double.NaN;
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    /// <summary>Median of the repetitions, ignoring those that measured nothing.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var present = values.Where(v => !double.IsNaN(v)).Order().ToArray();
        if (present.Length == 0)
            return double.NaN;
        var middle = present.Length / 2;
        return present.Length % 2 == 1 ? present[middle] : (present[middle - 1] + present[middle]) / 2;
    }
}
