namespace Approvals.Domain;

/// <summary>
/// A date a prescriber gives (the day of an assessment) is a day on their own calendar, and the service does not know
/// their zone. At any instant the calendars on Earth span from UTC−12 to UTC+14, so a date is "today or earlier" if it
/// is so anywhere, and "on or after" an instant's day if it is so anywhere: a prescriber in Paris reporting at 00:10 on
/// the 8th, while it is still the 7th in UTC, is reporting today.
/// </summary>
public static class LocalDays
{
    static readonly TimeSpan EasternmostOffset = TimeSpan.FromHours(14);
    static readonly TimeSpan WesternmostOffset = TimeSpan.FromHours(-12);

    /// <summary>The latest date that is today somewhere at <paramref name="now"/>.</summary>
    public static DateOnly LatestToday(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(EasternmostOffset).DateTime);

    /// <summary>The earliest date <paramref name="instant"/> falls on somewhere.</summary>
    public static DateOnly EarliestDayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(WesternmostOffset).DateTime);
}
