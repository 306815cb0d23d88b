using Approvals.Domain.Calendars;
using static Approvals.Domain.Tests.Calendars.Days;

namespace Approvals.Domain.Tests.Calendars;

/// <summary>Where a day begins, in zones whose clocks change at midnight (none of ours yet, but a calendar may take any zone).</summary>
public sealed class ZonedDaysSpecs
{
    [Theory]
    [InlineData("Europe/Paris", "2026-03-29", "2026-03-29T00:00:00+01:00")] // the day clocks spring forward at 02:00
    [InlineData("Europe/Paris", "2026-03-30", "2026-03-30T00:00:00+02:00")]
    [InlineData("America/Santiago", "2024-09-08", "2024-09-08T01:00:00-03:00")] // clocks jump from midnight to 01:00
    [InlineData("America/Havana", "2024-11-03", "2024-11-03T00:00:00-04:00")] // midnight comes twice: the first one
    public void Should_begin_the_day_at_its_first_instant(string zone, string day, string start)
    {
        var begins = ZonedDays.StartOf(Day(day), TimeZoneInfo.FindSystemTimeZoneById(zone));

        Assert.Equal(Instant(start), begins);
        Assert.Equal(Instant(start).Offset, begins.Offset);
        Assert.Equal(Day(day), ZonedDays.DayOf(begins, TimeZoneInfo.FindSystemTimeZoneById(zone)));
        Assert.Equal(Day(day).AddDays(-1), ZonedDays.DayOf(begins.AddTicks(-1), TimeZoneInfo.FindSystemTimeZoneById(zone)));
    }
}
