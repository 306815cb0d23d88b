namespace Approvals.Domain.Calendars;

/// <summary>Calendar days of a time zone as instants, where clocks may skip or repeat an hour, midnight included.</summary>
public static class ZonedDays
{
    /// <summary>The day it is in <paramref name="zone"/> at <paramref name="instant"/>.</summary>
    public static DateOnly DayOf(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>
    /// The first instant of <paramref name="day"/> in <paramref name="zone"/>, with the zone's offset at that instant.
    /// Where clocks skip midnight (Santiago in September) the day begins when they land; where midnight comes twice,
    /// at the first one.
    /// </summary>
    public static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        var offset = zone.IsAmbiguousTime(midnight) ? zone.GetAmbiguousTimeOffsets(midnight).Max()
            : zone.IsInvalidTime(midnight) ? zone.GetUtcOffset(midnight.AddDays(-1))
            : zone.GetUtcOffset(midnight);
        return TimeZoneInfo.ConvertTime(new DateTimeOffset(midnight, offset), zone);
    }
}
