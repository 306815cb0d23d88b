namespace Approvals.Web.Components.Pages.Auditor;

/// <summary>
/// A linear axis from zero for a bar chart: the largest value rounded up to a "nice" maximum (a step of 1, 2 or 5
/// times a power of ten, whole for counts), its ticks, and the length in pixels of a bar for a value.
/// </summary>
public sealed class ChartScale
{
    public ChartScale(double largestValue, double lengthInPixels, int targetTicks = 5, bool wholeSteps = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lengthInPixels);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetTicks);
        LengthInPixels = lengthInPixels;
        var largest = double.IsFinite(largestValue) && largestValue > 0 ? largestValue : 0;
        Step = NiceStep(largest == 0 ? 1 : largest / targetTicks, wholeSteps);
        Maximum = Math.Max(Step, Math.Ceiling(largest / Step) * Step);
        var count = (int)Math.Round(Maximum / Step);
        Ticks = [.. Enumerable.Range(0, count + 1).Select(i => i * Step)];
    }

    public double LengthInPixels { get; }

    /// <summary>The value at the far end of the axis: at least the largest value, and a whole number of steps.</summary>
    public double Maximum { get; }

    public double Step { get; }

    /// <summary>0, one step, two steps, … up to <see cref="Maximum"/>.</summary>
    public IReadOnlyList<double> Ticks { get; }

    /// <summary>The bar's length for <paramref name="value"/>: proportional, and never outside the axis.</summary>
    public double Length(double value) =>
        double.IsFinite(value) ? Math.Clamp(value / Maximum * LengthInPixels, 0, LengthInPixels) : 0;

    static double NiceStep(double rough, bool whole)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var residual = rough / magnitude;
        var nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
        var step = nice * magnitude;
        return whole ? Math.Max(1, Math.Round(step)) : step;
    }
}
