using Approvals.Web.Components.Pages.Auditor;

namespace Approvals.Web.Tests.Auditor;

public sealed class When_reading_a_trail_filter
{
    static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public void Should_cover_whole_days_in_the_users_zone()
    {
        var invalid = new List<string>();
        var selection = new TrailFilter("2026-07-01", "2026-07-31", null, null, null).ToSelection(Paris, invalid)!;

        Assert.Empty(invalid);
        Assert.Equal(new DateTimeOffset(2026, 6, 30, 22, 0, 0, TimeSpan.Zero), selection.From);
        Assert.Equal(new DateTimeOffset(2026, 7, 31, 22, 0, 0, TimeSpan.Zero), selection.To);
        Assert.Equal(
            [new("from", "2026-06-30T22:00:00Z"), new KeyValuePair<string, string>("to", "2026-07-31T22:00:00Z")],
            selection.Parameters());
    }

    [Fact]
    public void Should_end_a_day_of_clock_change_at_the_next_midnight()
    {
        // 29 March 2026 in Paris has 23 hours.
        var period = new LocalPeriod(new DateOnly(2026, 3, 29), new DateOnly(2026, 3, 29));

        Assert.Equal(TimeSpan.FromHours(23), period.End(Paris) - period.Start(Paris));
    }

    [Fact]
    public void Should_name_each_field_that_is_not_a_day_and_select_nothing()
    {
        var invalid = new List<string>();

        Assert.Null(new TrailFilter("01/07/2026", "tomorrow", "dr-okafor", null, null).ToSelection(Paris, invalid));
        Assert.Equal(["from", "to"], invalid);
    }

    [Fact]
    public void Should_pass_the_other_filters_trimmed_and_leave_out_empty_ones()
    {
        var selection = new TrailFilter(null, "", " dr-okafor ", "decision.recorded", null).ToSelection(TimeZoneInfo.Utc, [])!;

        Assert.Equal([new("actorId", "dr-okafor"), new KeyValuePair<string, string>("action", "decision.recorded")], selection.Parameters());
    }

    [Fact]
    public void Should_write_links_with_the_filters_set_and_escaped()
    {
        var filter = new TrailFilter("2026-07-01", null, "dr o'kafor", null, "not a guid");

        Assert.Equal("from=2026-07-01&actorId=dr%20o%27kafor&requestId=not%20a%20guid&format=csv", filter.Query(("format", "csv")));
        Assert.True(new TrailFilter(null, " ", null, null, null).IsEmpty);
    }
}
