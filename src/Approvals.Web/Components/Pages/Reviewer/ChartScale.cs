namespace Approvals.Web.Components.Pages.Reviewer;

/// <summary>
/// Places dated values in a chart's drawing box: time left to right from the first to the last date, values bottom
/// to top from zero to a round maximum (1, 2 or 5 times a power of ten) so the axis labels read well.
/// </summary>
public sealed class ChartScale
{
    readonly DateOnly _first;
    readonly int _days;

    public ChartScale(IReadOnlyCollection<(DateOnly Date, decimal Value)> points, double width, double height, double margin)
    {
        if (points.Count == 0)
            throw new ArgumentException("A chart needs at least one point.", nameof(points));
        _first = points.Min(p => p.Date);
        _days = points.Max(p => p.Date).DayNumber - _first.DayNumber;
        Max = RoundUp(points.Max(p => p.Value));
        (Width, Height, Margin) = (width, height, margin);
    }

    public double Width { get; }
    public double Height { get; }
    public double Margin { get; }

    /// <summary>The value at the top of the axis.</summary>
    public decimal Max { get; }

    /// <summary>A single date sits in the middle; otherwise the first at the left margin and the last at the right.</summary>
    public double X(DateOnly date) =>
        _days == 0 ? Width / 2 : Margin + (date.DayNumber - _first.DayNumber) * (Width - 2 * Margin) / _days;

    public double Y(decimal value) => Height - Margin - (double)(value / Max) * (Height - 2 * Margin);

    /// <summary>The smallest of 1, 2, 5 × 10ⁿ at or above <paramref name="value"/> (1 for nothing above zero).</summary>
    public static decimal RoundUp(decimal value)
    {
        if (value <= 0)
            return 1;
        var power = 1m;
        while (power * 10 < value)
            power *= 10;
        while (power > value)
            power /= 10;
        foreach (var step in new[] { 1m, 2m, 5m, 10m })
        {
            if (step * power >= value)
                return step * power;
        }

        return 10 * power;
    }
}
