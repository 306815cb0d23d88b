using Approvals.Domain.Calendars;

namespace Approvals.Domain.Tests.Calendars;

public sealed class ComputusSpecs
{
    [Theory]
    [InlineData(2000, "2000-04-23")]
    [InlineData(2008, "2008-03-23")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2028, "2028-04-16")]
    [InlineData(2029, "2029-04-01")]
    [InlineData(2030, "2030-04-21")]
    [InlineData(2038, "2038-04-25")] // the latest Easter can be
    [InlineData(2285, "2285-03-22")] // the earliest Easter can be
    [InlineData(1818, "1818-03-22")]
    [InlineData(1943, "1943-04-25")]
    public void Should_find_the_known_Easter_Sunday(int year, string expected)
    {
        Assert.Equal(Days.Day(expected), Computus.EasterSunday(year));
    }

    [Fact]
    public void Should_always_fall_on_a_Sunday_between_22_March_and_25_April()
    {
        for (var year = Computus.FirstGregorianYear; year <= 4099; year++)
        {
            var easter = Computus.EasterSunday(year);
            Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
            Assert.InRange(easter, new DateOnly(year, 3, 22), new DateOnly(year, 4, 25));
        }
    }

    [Fact]
    public void Should_refuse_a_year_before_the_Gregorian_reform()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Computus.EasterSunday(1582));
    }
}
