namespace Approvals.Web.Components.Charts;

/// <summary>
/// Dates along an axis: the first date at one end, the last at the other, days between in proportion; when every point
/// falls on one day, that day sits in the middle.
/// </summary>
public sealed class DateAxis
{
    readonly int _firstDay;
    readonly int _days;

    public DateAxis(IEnumerable<DateOnly> dates, double firstAt, double lastAt)
    {
        var days = dates.Select(d => d.DayNumber).ToList();
        if (days.Count == 0)
            throw new ArgumentException("An axis of dates needs at least one date.", nameof(dates));
        _firstDay = days.Min();
        _days = days.Max() - _firstDay;
        (FirstAt, LastAt) = (firstAt, lastAt);
    }

    public double FirstAt { get; }
    public double LastAt { get; }

    public double Position(DateOnly date) =>
        _days == 0 ? (FirstAt + LastAt) / 2 : FirstAt + ((double)(date.DayNumber - _firstDay) / _days * (LastAt - FirstAt));
}
