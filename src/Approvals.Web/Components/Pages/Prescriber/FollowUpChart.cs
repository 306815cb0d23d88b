using System.Globalization;
using Approvals.ApiClient;
using Approvals.Web.Components.Charts;

namespace Approvals.Web.Components.Pages.Prescriber;

/// <summary>A point of a series, in the chart's own coordinates (SVG user units, y downwards).</summary>
public readonly record struct ChartPoint(double X, double Y);

/// <summary>An axis mark: where it sits (x or y in chart units) and the value it stands for.</summary>
public readonly record struct ChartTick(double Position, double Value);

/// <summary>
/// The geometry of the follow-up chart: dates along x, the daily dose (left axis, mg/day) and drinks per day (right
/// axis) each on its own axis from zero. Plain numbers, so the page only draws what this computes.
/// </summary>
public sealed class FollowUpChart
{
    public const double Width = 640;
    public const double Height = 280;
    public const double Left = 56;
    public const double Right = 56;
    public const double Top = 16;
    public const double Bottom = 40;

    public FollowUpChart(IReadOnlyList<FollowUpView> followUps)
    {
        var ordered = followUps.OrderBy(f => f.Date).ThenBy(f => f.ReportedAt).ToList();
        Dates = [.. ordered.Select(f => f.Date)];
        DoseAxis = new ValueAxis((double)ordered.Select(f => f.DailyDoseMg).DefaultIfEmpty(0).Max(), PlotBottom, PlotTop);
        DrinksAxis = new ValueAxis((double)ordered.Select(f => f.DrinksPerDay ?? 0).DefaultIfEmpty(0).Max(), PlotBottom, PlotTop);
        if (ordered.Count == 0)
            return;

        var dates = new DateAxis(Dates, PlotLeft, PlotRight);
        DosePoints = [.. ordered.Select(f => new ChartPoint(dates.Position(f.Date), DoseAxis.Position((double)f.DailyDoseMg)))];
        DrinkPoints = [.. ordered.Where(f => f.DrinksPerDay is not null)
            .Select(f => new ChartPoint(dates.Position(f.Date), DrinksAxis.Position((double)f.DrinksPerDay!.Value)))];
        DateTicks = [.. Dates.Distinct().Select(d => new ChartTick(dates.Position(d), d.DayNumber))];
    }

    public IReadOnlyList<DateOnly> Dates { get; }
    public ValueAxis DoseAxis { get; }
    public ValueAxis DrinksAxis { get; }
    public IReadOnlyList<ChartPoint> DosePoints { get; } = [];
    public IReadOnlyList<ChartPoint> DrinkPoints { get; } = [];

    /// <summary>One mark per assessment day (the value is the day number).</summary>
    public IReadOnlyList<ChartTick> DateTicks { get; } = [];

    public IReadOnlyList<ChartTick> DoseTicks => Ticks(DoseAxis);
    public IReadOnlyList<ChartTick> DrinkTicks => Ticks(DrinksAxis);

    public static double PlotLeft => Left;
    public static double PlotRight => Width - Right;
    public static double PlotTop => Top;
    public static double PlotBottom => Height - Bottom;

    /// <summary>The SVG <c>points</c> attribute of a polyline through <paramref name="points"/>.</summary>
    public static string Polyline(IEnumerable<ChartPoint> points) =>
        string.Join(' ', points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:0.#},{p.Y:0.#}")));

    static IReadOnlyList<ChartTick> Ticks(ValueAxis axis) => [.. axis.Ticks.Select(v => new ChartTick(axis.Position(v), v))];
}
