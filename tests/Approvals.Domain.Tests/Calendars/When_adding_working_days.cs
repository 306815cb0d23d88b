using Approvals.Domain.Calendars;
using static Approvals.Domain.Tests.Calendars.Days;

namespace Approvals.Domain.Tests.Calendars;

/// <summary>A period of n working days ends when the n-th working day after the start day ends, in the calendar's zone.</summary>
public sealed class When_adding_working_days
{
    static WorkingDayCalendar Calendar(string code) => WorkingDayCalendars.Standard.Get(code);

    [Theory]
    [InlineData("US", "2027-12-29T10:00:00-05:00", 5, "2028-01-07T00:00:00-05:00")] // 31 Dec 2027 is New Year's Day 2028
    [InlineData("US", "2026-11-25T16:00:00-05:00", 1, "2026-11-28T00:00:00-05:00")] // Thanksgiving, then Friday
    [InlineData("US", "2025-05-23T09:00:00-04:00", 1, "2025-05-28T00:00:00-04:00")] // Memorial Day weekend
    [InlineData("US", "2026-07-02T09:00:00-04:00", 1, "2026-07-07T00:00:00-04:00")] // Friday 3 July for Saturday the 4th
    [InlineData("US", "2027-12-23T09:00:00-05:00", 2, "2027-12-29T00:00:00-05:00")] // Christmas observed on Friday 24
    [InlineData("FR", "2026-04-02T11:00:00+02:00", 3, "2026-04-09T00:00:00+02:00")] // Easter weekend and Easter Monday
    [InlineData("FR", "2026-05-13T11:00:00+02:00", 2, "2026-05-19T00:00:00+02:00")] // Ascension Thursday
    [InlineData("FR", "2026-05-22T11:00:00+02:00", 1, "2026-05-27T00:00:00+02:00")] // Whit Monday
    [InlineData("FR", "2026-12-24T11:00:00+01:00", 5, "2027-01-05T00:00:00+01:00")] // Christmas and New Year's Day
    [InlineData("FR", "2024-07-12T11:00:00+02:00", 1, "2024-07-16T00:00:00+02:00")] // Bastille Day on a Sunday: lost
    [InlineData("FR", "2026-03-02T11:00:00+01:00", 10, "2026-03-17T00:00:00+01:00")] // two plain weeks
    public void Should_end_at_midnight_after_the_last_working_day(string calendar, string start, int workingDays, string due)
    {
        var dueAt = Calendar(calendar).AddWorkingDays(Instant(start), workingDays);

        Assert.Equal(Instant(due), dueAt);
        Assert.Equal(Instant(due).Offset, dueAt.Offset);
    }

    [Theory]
    [InlineData("2026-03-06T08:00:00+01:00")] // Friday morning
    [InlineData("2026-03-06T23:59:59+01:00")] // Friday, last second
    [InlineData("2026-03-07T12:00:00+01:00")] // Saturday
    [InlineData("2026-03-08T23:00:00+01:00")] // Sunday night
    public void Should_not_count_the_start_day_whether_or_not_it_is_a_working_day(string start)
    {
        Assert.Equal(Instant("2026-03-10T00:00:00+01:00"), Calendar("FR").AddWorkingDays(Instant(start), 1));
    }

    [Fact]
    public void Should_count_from_the_next_day_when_the_start_is_on_a_holiday()
    {
        Assert.Equal(Instant("2026-05-28T00:00:00+02:00"), Calendar("FR").AddWorkingDays(Instant("2026-05-25T10:00:00+02:00"), 2)); // Whit Monday, then Tuesday and Wednesday
    }

    [Theory]
    [InlineData("FR", "2026-03-09T22:59:59Z", "2026-03-11T00:00:00+01:00")] // 23:59:59 on Monday in Paris
    [InlineData("FR", "2026-03-09T23:00:00Z", "2026-03-12T00:00:00+01:00")] // already Tuesday in Paris, still Monday in UTC
    [InlineData("US", "2026-03-10T03:30:00Z", "2026-03-11T00:00:00-04:00")] // Tuesday in UTC, still Monday in New York
    [InlineData("US", "2026-03-10T04:00:00Z", "2026-03-12T00:00:00-04:00")]
    public void Should_take_the_start_day_in_the_calendars_zone_not_in_UTC(string calendar, string start, string due)
    {
        Assert.Equal(Instant(due), Calendar(calendar).AddWorkingDays(Instant(start), 1));
    }

    [Fact]
    public void Should_give_the_same_instant_to_a_reader_in_any_zone()
    {
        var due = Calendar("FR").AddWorkingDays(Instant("2026-01-12T09:00:00+01:00"), 1);

        Assert.Equal(new DateTimeOffset(2026, 1, 13, 23, 0, 0, TimeSpan.Zero), due.ToUniversalTime());
        Assert.Equal(TimeSpan.FromHours(1), due.Offset);
    }

    [Theory]
    [InlineData("FR", "2026-03-26T10:00:00+01:00", 2, "2026-03-31T00:00:00+02:00")] // Paris springs forward on 29 March
    [InlineData("FR", "2026-10-23T10:00:00+02:00", 1, "2026-10-27T00:00:00+01:00")] // and falls back on 25 October
    [InlineData("US", "2026-03-06T10:00:00-05:00", 1, "2026-03-10T00:00:00-04:00")] // New York springs forward on 8 March
    [InlineData("US", "2026-10-30T10:00:00-04:00", 1, "2026-11-03T00:00:00-05:00")] // and falls back on 1 November
    public void Should_end_at_local_midnight_across_a_change_of_clocks(string calendar, string start, int workingDays, string due)
    {
        var dueAt = Calendar(calendar).AddWorkingDays(Instant(start), workingDays);

        Assert.Equal(Instant(due), dueAt);
        Assert.Equal(Instant(due).Offset, dueAt.Offset);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Should_refuse_a_period_that_is_not_positive(int workingDays)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar("FR").AddWorkingDays(Instant("2026-03-02T10:00:00+01:00"), workingDays));
    }
}
