using Approvals.Web.Components.Pages.Reviewer;

namespace Approvals.Web.Tests.Reviewer;

public sealed class When_counting_down_to_a_due_review
{
    static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    static readonly CountdownUnits English = new("d", "h", "min", "under a minute");

    [Theory]
    [InlineData(2 * 24 * 60 + 3 * 60 + 59, "2 d 3 h")]
    [InlineData(24 * 60, "1 d")]
    [InlineData(23 * 60 + 59, "23 h 59 min")]
    [InlineData(4 * 60, "4 h")]
    [InlineData(12, "12 min")]
    public void Should_show_the_two_largest_units_floored(int minutesLeft, string expected)
    {
        var countdown = Countdown.Until(Now.AddMinutes(minutesLeft).AddSeconds(30), Now);

        Assert.Equal(expected, countdown.Magnitude(English));
        Assert.False(countdown.IsOverdue);
    }

    [Fact]
    public void Should_say_under_a_minute_rather_than_zero()
    {
        Assert.Equal("under a minute", Countdown.Until(Now.AddSeconds(59), Now).Magnitude(English));
    }

    [Fact]
    public void Should_count_how_long_a_review_is_overdue()
    {
        var countdown = Countdown.Until(Now.AddHours(-26).AddMinutes(-10), Now);

        Assert.True(countdown.IsOverdue);
        Assert.False(countdown.IsDueSoon);
        Assert.Equal("1 d 2 h", countdown.Magnitude(English));
    }

    [Fact]
    public void Should_mark_due_soon_within_a_day_only()
    {
        Assert.True(Countdown.Until(Now.AddHours(23), Now).IsDueSoon);
        Assert.False(Countdown.Until(Now.AddHours(25), Now).IsDueSoon);
    }

    [Fact]
    public void Should_use_the_units_it_is_given()
    {
        var french = new CountdownUnits("j", "h", "min", "moins d'une minute");

        Assert.Equal("3 j 1 h", Countdown.Until(Now.AddDays(3).AddHours(1), Now).Magnitude(french));
    }
}
