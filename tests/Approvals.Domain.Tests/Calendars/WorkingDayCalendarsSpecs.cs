using Approvals.Domain.Calendars;

namespace Approvals.Domain.Tests.Calendars;

public sealed class WorkingDayCalendarsSpecs
{
    [Theory]
    [InlineData("FR", "Europe/Paris")]
    [InlineData("US", "America/New_York")]
    public void Should_find_each_jurisdiction_with_its_zone(string code, string zone)
    {
        var calendar = WorkingDayCalendars.Standard.Get(code);

        Assert.Equal((code, zone), (calendar.Code, calendar.TimeZone.Id));
        Assert.Equal(["FR", "US"], WorkingDayCalendars.Standard.Codes);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("DE")]
    [InlineData("")]
    [InlineData(null)]
    public void Should_name_the_known_calendars_for_an_unknown_code(string? code)
    {
        Assert.False(WorkingDayCalendars.Standard.TryGet(code, out _));
        var error = Assert.Throws<UnknownCalendarException>(() => WorkingDayCalendars.Standard.Get(code));
        Assert.Equal(code, error.Code);
        Assert.Equal($"No working-day calendar is named '{code}': one of FR, US.", error.Message);
        Assert.Equal(error.Message, WorkingDayCalendars.Standard.UnknownCode(code));
    }

    [Fact]
    public void Should_refuse_two_calendars_with_one_code()
    {
        Assert.Throws<ArgumentException>(() => new WorkingDayCalendars([JurisdictionCalendars.France, JurisdictionCalendars.France]));
    }
}
