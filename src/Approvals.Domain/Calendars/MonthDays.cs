namespace Approvals.Domain.Calendars;

/// <summary>Dates of holidays defined by weekday, such as "the third Monday of January" or "the last Monday of May".</summary>
public static class MonthDays
{
    /// <summary>The <paramref name="occurrence"/>-th (from 1) <paramref name="weekday"/> of the month.</summary>
    public static DateOnly Nth(int year, int month, DayOfWeek weekday, int occurrence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(occurrence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(occurrence, 4); // a fifth one is missing from most months
        var first = new DateOnly(year, month, 1);
        var toWeekday = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(toWeekday + 7 * (occurrence - 1));
    }

    public static DateOnly Last(int year, int month, DayOfWeek weekday)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        var backToWeekday = ((int)last.DayOfWeek - (int)weekday + 7) % 7;
        return last.AddDays(-backToWeekday);
    }
}
