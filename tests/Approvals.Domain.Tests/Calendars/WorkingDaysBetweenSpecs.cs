using Approvals.Domain.Calendars;
using static Approvals.Domain.Tests.Calendars.Days;

namespace Approvals.Domain.Tests.Calendars;

public sealed class WorkingDaysBetweenSpecs
{
    [Theory]
    [InlineData("FR", "2026-03-02", "2026-03-02", 0)]
    [InlineData("FR", "2026-03-02", "2026-03-03", 1)]
    [InlineData("FR", "2026-03-06", "2026-03-09", 1)] // Friday to Monday
    [InlineData("FR", "2026-04-03", "2026-04-07", 1)] // over Easter Monday
    [InlineData("FR", "2026-03-09", "2026-03-06", -1)]
    [InlineData("US", "2027-12-29", "2028-01-06", 5)] // over New Year's Day observed on 31 December
    [InlineData("US", "2026-11-25", "2026-11-30", 2)] // over Thanksgiving
    public void Should_count_the_working_days_after_the_first_day_up_to_the_last(string calendar, string from, string to, int expected)
    {
        Assert.Equal(expected, WorkingDayCalendars.Standard.Get(calendar).WorkingDaysBetween(Day(from), Day(to)));
    }

    [Theory]
    [InlineData("FR")]
    [InlineData("US")]
    public void Should_undo_adding_working_days_from_any_day_from_2024_to_2030(string code)
    {
        var calendar = WorkingDayCalendars.Standard.Get(code);
        for (var day = new DateOnly(2024, 1, 1); day.Year <= 2030; day = day.AddDays(3))
        {
            foreach (var count in (int[])[1, 2, 5, 15])
            {
                var last = calendar.WorkingDayAfter(day, count);
                Assert.True(calendar.IsWorkingDay(last));
                Assert.Equal(count, calendar.WorkingDaysBetween(day, last));
                Assert.Equal(count - 1, calendar.WorkingDaysBetween(day, last.AddDays(-1)));
            }
        }
    }
}
