using Approvals.Web.Components.Pages.Auditor;

namespace Approvals.Web.Tests.Auditor;

public sealed class When_scaling_a_chart
{
    [Theory]
    [InlineData(7, 5, 2, 8)]
    [InlineData(10, 5, 2, 10)]
    [InlineData(23, 5, 5, 25)]
    [InlineData(480, 5, 100, 500)]
    [InlineData(1, 5, 1, 1)]
    [InlineData(3, 5, 1, 3)]
    public void Should_round_the_axis_up_to_whole_nice_steps(double largest, int ticks, double step, double maximum)
    {
        var scale = new ChartScale(largest, 400, ticks);

        Assert.Equal(step, scale.Step);
        Assert.Equal(maximum, scale.Maximum);
        Assert.True(scale.Maximum >= largest);
    }

    [Fact]
    public void Should_list_ticks_from_zero_to_the_maximum_a_step_apart()
    {
        var scale = new ChartScale(23, 400);

        Assert.Equal([0d, 5, 10, 15, 20, 25], scale.Ticks);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-4)]
    [InlineData(double.NaN)]
    public void Should_still_draw_an_axis_when_there_is_nothing_to_count(double largest)
    {
        var scale = new ChartScale(largest, 400);

        Assert.Equal(1, scale.Maximum);
        Assert.Equal([0d, 1], scale.Ticks);
        Assert.Equal(0, scale.Length(0));
    }

    [Fact]
    public void Should_draw_bars_in_proportion_and_never_past_the_axis()
    {
        var scale = new ChartScale(8, 400);

        Assert.Equal(400, scale.Length(8));
        Assert.Equal(200, scale.Length(4));
        Assert.Equal(0, scale.Length(-3));
        Assert.Equal(400, scale.Length(1_000));
        Assert.Equal(0, scale.Length(double.PositiveInfinity));
    }

    [Fact]
    public void Should_allow_fractional_steps_for_fractions()
    {
        var scale = new ChartScale(0.37, 100, wholeSteps: false);

        Assert.Equal(0.1, scale.Step, 10);
        Assert.Equal(0.4, scale.Maximum, 10);
    }
}
