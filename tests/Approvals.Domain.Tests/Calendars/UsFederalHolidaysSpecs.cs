using Approvals.Domain.Calendars;
using static Approvals.Domain.Tests.Calendars.Days;

namespace Approvals.Domain.Tests.Calendars;

public sealed class UsFederalHolidaysSpecs
{
    static readonly WorkingDayCalendar UnitedStates = JurisdictionCalendars.UnitedStates;

    /// <summary>The days off OPM publishes, in the order of <see cref="UsFederalHolidays.For"/>.</summary>
    public static TheoryData<int, string[]> ObservedDays => new()
    {
        { 2024, ["2024-01-01", "2024-01-15", "2024-02-19", "2024-05-27", "2024-06-19", "2024-07-04", "2024-09-02", "2024-10-14", "2024-11-11", "2024-11-28", "2024-12-25"] },
        { 2025, ["2025-01-01", "2025-01-20", "2025-02-17", "2025-05-26", "2025-06-19", "2025-07-04", "2025-09-01", "2025-10-13", "2025-11-11", "2025-11-27", "2025-12-25"] },
        { 2026, ["2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19", "2026-07-03", "2026-09-07", "2026-10-12", "2026-11-11", "2026-11-26", "2026-12-25"] },
        { 2027, ["2027-01-01", "2027-01-18", "2027-02-15", "2027-05-31", "2027-06-18", "2027-07-05", "2027-09-06", "2027-10-11", "2027-11-11", "2027-11-25", "2027-12-24"] },
        { 2028, ["2027-12-31", "2028-01-17", "2028-02-21", "2028-05-29", "2028-06-19", "2028-07-04", "2028-09-04", "2028-10-09", "2028-11-10", "2028-11-23", "2028-12-25"] },
        { 2029, ["2029-01-01", "2029-01-15", "2029-02-19", "2029-05-28", "2029-06-19", "2029-07-04", "2029-09-03", "2029-10-08", "2029-11-12", "2029-11-22", "2029-12-25"] },
        { 2030, ["2030-01-01", "2030-01-21", "2030-02-18", "2030-05-27", "2030-06-19", "2030-07-04", "2030-09-02", "2030-10-14", "2030-11-11", "2030-11-28", "2030-12-25"] },
    };

    [Theory]
    [MemberData(nameof(ObservedDays))]
    public void Should_observe_each_holiday_on_the_day_OPM_publishes(int year, string[] observed)
    {
        Assert.Equal(observed.Select(Day), new UsFederalHolidays().For(year).Select(h => h.ObservedOn));
        Assert.All(observed, day => Assert.False(UnitedStates.IsWorkingDay(Day(day))));
    }

    [Theory]
    [InlineData("2026-07-04", "2026-07-03")] // Independence Day on a Saturday: the Friday before
    [InlineData("2027-07-04", "2027-07-05")] // on a Sunday: the Monday after
    [InlineData("2027-06-19", "2027-06-18")]
    [InlineData("2027-12-25", "2027-12-24")]
    [InlineData("2028-11-11", "2028-11-10")]
    [InlineData("2029-11-11", "2029-11-12")]
    public void Should_move_a_weekend_holiday_to_the_nearest_weekday(string date, string observedOn)
    {
        Assert.Contains(UnitedStates.HolidaysObservedIn(Day(observedOn).Year), h => h.Date == Day(date) && h.ObservedOn == Day(observedOn));
        Assert.False(UnitedStates.IsWorkingDay(Day(observedOn)));
    }

    [Fact]
    public void Should_close_31_December_2027_for_New_Years_Day_2028_on_a_Saturday()
    {
        var observed = Assert.Single(UnitedStates.HolidaysObservedIn(2027), h => h.Name == "New Year's Day" && h.ObservedOn.Month == 12);

        Assert.Equal((new DateOnly(2028, 1, 1), new DateOnly(2027, 12, 31)), (observed.Date, observed.ObservedOn));
        Assert.Equal(12, UnitedStates.HolidaysObservedIn(2027).Count);
        Assert.Equal(10, UnitedStates.HolidaysObservedIn(2028).Count);
        Assert.False(UnitedStates.IsWorkingDay(new DateOnly(2027, 12, 31)));
        Assert.True(UnitedStates.IsWorkingDay(new DateOnly(2028, 1, 3)));
    }

    [Theory]
    [InlineData(2020, false)]
    [InlineData(2021, true)]
    public void Should_observe_Juneteenth_from_2021(int year, bool observed)
    {
        Assert.Equal(observed, UnitedStates.HolidaysObservedIn(year).Any(h => h.Name.StartsWith("Juneteenth", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(2026, 250)]
    [InlineData(2027, 249)] // 31 December closes for 2028's New Year's Day
    [InlineData(2028, 250)]
    public void Should_leave_the_working_days_of_a_year(int year, int workingDays)
    {
        Assert.Equal(workingDays, UnitedStates.WorkingDaysBetween(new DateOnly(year - 1, 12, 31), new DateOnly(year, 12, 31)));
    }
}
