using Approvals.Domain.Calendars;
using static Approvals.Domain.Tests.Calendars.Days;

namespace Approvals.Domain.Tests.Calendars;

public sealed class FrenchPublicHolidaysSpecs
{
    static readonly WorkingDayCalendar France = JurisdictionCalendars.France;

    [Theory]
    [InlineData(2024, "2024-04-01", "2024-05-09", "2024-05-20")]
    [InlineData(2025, "2025-04-21", "2025-05-29", "2025-06-09")]
    [InlineData(2026, "2026-04-06", "2026-05-14", "2026-05-25")]
    [InlineData(2027, "2027-03-29", "2027-05-06", "2027-05-17")]
    [InlineData(2028, "2028-04-17", "2028-05-25", "2028-06-05")]
    [InlineData(2029, "2029-04-02", "2029-05-10", "2029-05-21")]
    [InlineData(2030, "2030-04-22", "2030-05-30", "2030-06-10")]
    public void Should_place_the_Easter_holidays_of_each_year(int year, string easterMonday, string ascension, string whitMonday)
    {
        var holidays = France.HolidaysObservedIn(year).ToDictionary(h => h.Name, h => h.ObservedOn);

        Assert.Equal(Day(easterMonday), holidays["Easter Monday"]);
        Assert.Equal(Day(ascension), holidays["Ascension Day"]);
        Assert.Equal(Day(whitMonday), holidays["Whit Monday"]);
        Assert.All([Day(easterMonday), Day(ascension), Day(whitMonday)], day => Assert.False(France.IsWorkingDay(day)));
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2027)]
    [InlineData(2030)]
    public void Should_close_the_fixed_dates_every_year(int year)
    {
        var fixedDates = new[] { (1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25) }
            .Select(d => new DateOnly(year, d.Item1, d.Item2));

        Assert.Equal(11, France.HolidaysObservedIn(year).Count);
        Assert.All(fixedDates, day => Assert.Contains(France.HolidaysObservedIn(year), h => h.Date == day && h.ObservedOn == day));
    }

    [Theory]
    [InlineData("2024-07-14", "2024-07-15")] // Bastille Day on a Sunday
    [InlineData("2026-08-15", "2026-08-17")] // Assumption on a Saturday
    [InlineData("2026-11-01", "2026-11-02")] // All Saints' on a Sunday
    [InlineData("2027-12-25", "2027-12-27")] // Christmas on a Saturday
    public void Should_give_no_day_in_lieu_of_a_holiday_on_a_weekend(string holiday, string nextMonday)
    {
        Assert.Contains(France.HolidaysObservedIn(Day(holiday).Year), h => h.ObservedOn == Day(holiday));
        Assert.True(France.IsWorkingDay(Day(nextMonday)));
        Assert.Equal(1, France.WorkingDaysBetween(Day(nextMonday).AddDays(-3), Day(nextMonday)));
    }

    [Fact]
    public void Should_count_a_day_that_is_two_holidays_once()
    {
        var firstOfMay2008 = France.HolidaysObservedIn(2008).Where(h => h.ObservedOn == new DateOnly(2008, 5, 1)).Select(h => h.Name);

        Assert.Equal(["Ascension Day", "Labour Day"], firstOfMay2008.Order(StringComparer.Ordinal));
        Assert.Equal(4, France.WorkingDaysBetween(new DateOnly(2008, 4, 27), new DateOnly(2008, 5, 2)));
    }

    [Theory]
    [InlineData(2024, 252)]
    [InlineData(2025, 251)]
    [InlineData(2026, 252)]
    [InlineData(2027, 254)]
    public void Should_leave_the_working_days_of_a_year(int year, int workingDays)
    {
        Assert.Equal(workingDays, France.WorkingDaysBetween(new DateOnly(year - 1, 12, 31), new DateOnly(year, 12, 31)));
    }
}
