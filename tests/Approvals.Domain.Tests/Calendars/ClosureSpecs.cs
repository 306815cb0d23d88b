using Approvals.Domain.Calendars;
using static Approvals.Domain.Tests.Calendars.Days;

namespace Approvals.Domain.Tests.Calendars;

/// <summary>Days an operator closes (an agency's bridge day, a local holiday) count as holidays on that calendar alone.</summary>
public sealed class ClosureSpecs
{
    static readonly DateOnly AscensionBridge = Day("2026-05-15");

    [Fact]
    public void Should_not_count_a_closed_day()
    {
        var closed = WorkingDayCalendars.Standard.WithClosures("FR", [AscensionBridge]).Get("FR");

        Assert.False(closed.IsWorkingDay(AscensionBridge));
        Assert.Equal(Instant("2026-05-19T00:00:00+02:00"), closed.AddWorkingDays(Instant("2026-05-13T10:00:00+02:00"), 1));
        Assert.Equal(Instant("2026-05-16T00:00:00+02:00"), JurisdictionCalendars.France.AddWorkingDays(Instant("2026-05-13T10:00:00+02:00"), 1));
    }

    [Fact]
    public void Should_close_only_the_named_calendar()
    {
        var calendars = WorkingDayCalendars.Standard.WithClosures("FR", [AscensionBridge]);

        Assert.True(calendars.Get("US").IsWorkingDay(AscensionBridge));
        Assert.True(WorkingDayCalendars.Standard.Get("FR").IsWorkingDay(AscensionBridge));
    }

    [Fact]
    public void Should_add_closures_to_the_ones_already_configured()
    {
        var closed = JurisdictionCalendars.UnitedStates.WithClosures([Day("2029-01-20")]).WithClosures([Day("2029-12-24")]);

        Assert.Equal([Day("2029-01-20"), Day("2029-12-24")], closed.Closures.Order());
        Assert.False(closed.IsWorkingDay(Day("2029-12-24")));
    }

    [Fact]
    public void Should_refuse_closures_for_an_unknown_calendar()
    {
        Assert.Throws<UnknownCalendarException>(() => WorkingDayCalendars.Standard.WithClosures("DE", [AscensionBridge]));
    }
}
