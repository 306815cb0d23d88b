namespace Approvals.Web.Components.Charts;

/// <summary>
/// A linear value axis from zero, drawn between two positions in the chart's units (a y axis runs upwards, so zero may
/// sit at the larger position). Its top is a whole number of round steps (1, 2 or 5 times a power of ten; whole for
/// counts) at or just above the largest value, so the tick labels read well and the data fill the plot.
/// </summary>
public sealed class ValueAxis
{
    public ValueAxis(double largestValue, double zeroAt, double maximumAt, int targetTicks = 5, bool wholeSteps = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetTicks);
        if (zeroAt == maximumAt)
            throw new ArgumentException("An axis needs a length.", nameof(maximumAt));
        (ZeroAt, MaximumAt) = (zeroAt, maximumAt);
        // Nothing above zero (or no number at all) still draws an axis from 0 to 1.
        var largest = double.IsFinite(largestValue) && largestValue > 0 ? largestValue : 0;
        var step = RoundUp(largest == 0 ? 1 : largest / targetTicks);
        Step = wholeSteps ? Math.Max(1, Math.Round(step)) : step;
        // Division leaves 3 / 0.1 a hair under 30 or over it: within a billionth, it is that whole number of steps.
        var steps = Math.Max(1, Math.Ceiling((largest / Step) - 1e-9));
        Maximum = steps * Step;
        Ticks = [.. Enumerable.Range(0, (int)steps + 1).Select(i => i * Step)];
    }

    /// <summary>Where the value 0 sits.</summary>
    public double ZeroAt { get; }

    /// <summary>Where <see cref="Maximum"/> sits.</summary>
    public double MaximumAt { get; }

    /// <summary>The value at the far end of the axis: at least the largest value, and a whole number of steps.</summary>
    public double Maximum { get; }

    public double Step { get; }

    /// <summary>0, one step, two steps, … up to <see cref="Maximum"/>.</summary>
    public IReadOnlyList<double> Ticks { get; }

    /// <summary>Where <paramref name="value"/> sits: in proportion, and never outside the axis (not a number: at zero).</summary>
    public double Position(double value) =>
        ZeroAt + ((double.IsFinite(value) ? Math.Clamp(value / Maximum, 0, 1) : 0) * (MaximumAt - ZeroAt));

    /// <summary>The distance from zero to <paramref name="value"/>, as a bar's length.</summary>
    public double Length(double value) => Math.Abs(Position(value) - ZeroAt);

    /// <summary>The smallest of 1, 2, 5 or 10 times a power of ten at or above <paramref name="value"/>; 1 for nothing above zero.</summary>
    public static double RoundUp(double value)
    {
        if (!(value > 0) || !double.IsFinite(value))
            return 1;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var multiple in new[] { 1d, 2d, 5d })
        {
            // Tolerance: 10^floor(log10 x) can come out a hair under x when x is itself a power of ten.
            if (multiple * magnitude >= value - (magnitude * 1e-9))
                return multiple * magnitude;
        }

        return 10 * magnitude;
    }
}
