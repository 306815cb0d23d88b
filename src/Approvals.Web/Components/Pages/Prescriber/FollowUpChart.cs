using System.Globalization;
using Approvals.ApiClient;

namespace Approvals.Web.Components.Pages.Prescriber;

/// <summary>A point of a series, in the chart's own coordinates (SVG user units, y downwards).</summary>
public readonly record struct ChartPoint(double X, double Y);

/// <summary>An axis mark: where it sits (x or y in chart units) and the value it stands for.</summary>
public readonly record struct ChartTick(double Position, double Value);

/// <summary>
/// The geometry of the follow-up chart: dates along x, the daily dose (left axis, mg/day) and drinks per day (right
/// axis) each on its own scale from zero to a round maximum. Plain numbers, so the page only draws what this computes.
/// </summary>
public sealed class FollowUpChart
{
    public const double Width = 640;
    public const double Height = 280;
    public const double Left = 56;
    public const double Right = 56;
    public const double Top = 16;
    public const double Bottom = 40;
    const int TickCount = 5;

    public FollowUpChart(IReadOnlyList<FollowUpView> followUps)
    {
        var ordered = followUps.OrderBy(f => f.Date).ThenBy(f => f.ReportedAt).ToList();
        Dates = [.. ordered.Select(f => f.Date)];
        DoseMax = NiceMaximum((double)ordered.Select(f => f.DailyDoseMg).DefaultIfEmpty(0).Max());
        DrinksMax = NiceMaximum((double)ordered.Select(f => f.DrinksPerDay ?? 0).DefaultIfEmpty(0).Max());
        if (ordered.Count == 0)
            return;

        var first = ordered[0].Date.DayNumber;
        var last = ordered[^1].Date.DayNumber;
        DosePoints = [.. ordered.Select(f => new ChartPoint(X(f.Date.DayNumber, first, last), Y((double)f.DailyDoseMg, DoseMax)))];
        DrinkPoints = [.. ordered.Where(f => f.DrinksPerDay is not null)
            .Select(f => new ChartPoint(X(f.Date.DayNumber, first, last), Y((double)f.DrinksPerDay!.Value, DrinksMax)))];
        DateTicks = [.. ordered.Select(f => f.Date).Distinct().Select(d => new ChartTick(X(d.DayNumber, first, last), d.DayNumber))];
    }

    public IReadOnlyList<DateOnly> Dates { get; }
    public double DoseMax { get; }
    public double DrinksMax { get; }
    public IReadOnlyList<ChartPoint> DosePoints { get; } = [];
    public IReadOnlyList<ChartPoint> DrinkPoints { get; } = [];

    /// <summary>One mark per assessment day (the value is the day number).</summary>
    public IReadOnlyList<ChartTick> DateTicks { get; } = [];

    public IReadOnlyList<ChartTick> DoseTicks => Ticks(DoseMax);
    public IReadOnlyList<ChartTick> DrinkTicks => Ticks(DrinksMax);

    public static double PlotLeft => Left;
    public static double PlotRight => Width - Right;
    public static double PlotTop => Top;
    public static double PlotBottom => Height - Bottom;

    /// <summary>The SVG <c>points</c> attribute of a polyline through <paramref name="points"/>.</summary>
    public static string Polyline(IEnumerable<ChartPoint> points) =>
        string.Join(' ', points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:0.#},{p.Y:0.#}")));

    /// <summary>The smallest of 1, 2, 5 or 10 times a power of ten that is at least <paramref name="max"/>; 1 for nothing above zero.</summary>
    public static double NiceMaximum(double max)
    {
        if (max <= 0)
            return 1;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(max)));
        foreach (var step in new[] { 1d, 2d, 5d, 10d })
        {
            if (step * magnitude >= max - (magnitude * 1e-9))
                return step * magnitude;
        }

        return 10 * magnitude;
    }

    /// <summary>x of a day: the first at the plot's left edge, the last at its right; a single day in the middle.</summary>
    public static double X(int day, int firstDay, int lastDay) =>
        lastDay == firstDay
            ? (PlotLeft + PlotRight) / 2
            : PlotLeft + ((double)(day - firstDay) / (lastDay - firstDay) * (PlotRight - PlotLeft));

    /// <summary>y of a value on an axis from 0 (the plot's bottom) to <paramref name="max"/> (its top).</summary>
    public static double Y(double value, double max) => PlotBottom - (value / max * (PlotBottom - PlotTop));

    static IReadOnlyList<ChartTick> Ticks(double max) =>
        [.. Enumerable.Range(0, TickCount + 1).Select(i => max * i / TickCount).Select(v => new ChartTick(Y(v, max), v))];
}
