using Approvals.Web.Components.Pages.Reviewer;

namespace Approvals.Web.Tests.Reviewer;

public sealed class When_scaling_the_follow_up_chart
{
    static readonly DateOnly Day = new(2026, 1, 1);

    [Theory]
    [InlineData(173, 200)]
    [InlineData(200, 200)]
    [InlineData(40, 50)]
    [InlineData(11, 20)]
    [InlineData(7.5, 10)]
    [InlineData(0.3, 0.5)]
    [InlineData(0, 1)]
    public void Should_round_the_axis_up_to_one_two_or_five_times_a_power_of_ten(decimal highest, decimal expected)
    {
        Assert.Equal(expected, ChartScale.RoundUp(highest));
    }

    [Fact]
    public void Should_span_the_dates_between_the_margins_and_the_values_from_the_bottom()
    {
        var scale = new ChartScale([(Day, 100m), (Day.AddDays(10), 150m), (Day.AddDays(20), 50m)], width: 220, height: 120, margin: 10);

        Assert.Equal(10, scale.X(Day));
        Assert.Equal(110, scale.X(Day.AddDays(10)));
        Assert.Equal(210, scale.X(Day.AddDays(20)));
        Assert.Equal(200m, scale.Max);
        Assert.Equal(110, scale.Y(0));
        Assert.Equal(60, scale.Y(100));
        Assert.Equal(10, scale.Y(200));
    }

    [Fact]
    public void Should_put_a_single_follow_up_in_the_middle()
    {
        var scale = new ChartScale([(Day, 80m)], width: 200, height: 100, margin: 10);

        Assert.Equal(100, scale.X(Day));
    }
}
