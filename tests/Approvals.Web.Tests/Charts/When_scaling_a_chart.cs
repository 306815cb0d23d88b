using Approvals.Web.Components.Charts;

namespace Approvals.Web.Tests.Charts;

public sealed class When_scaling_a_chart
{
    static readonly DateOnly Day = new(2026, 1, 1);

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-4, 1)]
    [InlineData(0.3, 0.5)]
    [InlineData(1, 1)]
    [InlineData(7, 10)]
    [InlineData(7.5, 10)]
    [InlineData(11, 20)]
    [InlineData(40, 50)]
    [InlineData(60, 100)]
    [InlineData(75, 100)]
    [InlineData(120, 200)]
    [InlineData(173, 200)]
    [InlineData(200, 200)]
    [InlineData(201, 500)]
    [InlineData(900, 1000)]
    [InlineData(1000, 1000)]
    public void Should_round_up_to_one_two_or_five_times_a_power_of_ten(double value, double rounded)
    {
        Assert.Equal(rounded, ValueAxis.RoundUp(value), precision: 9);
    }

    [Theory]
    [InlineData(7, 5, 2, 8)]
    [InlineData(10, 5, 2, 10)]
    [InlineData(23, 5, 5, 25)]
    [InlineData(480, 5, 100, 500)]
    [InlineData(1, 5, 1, 1)]
    [InlineData(3, 5, 1, 3)]
    public void Should_end_a_count_axis_on_whole_round_steps(double largest, int ticks, double step, double maximum)
    {
        var axis = new ValueAxis(largest, 0, 400, ticks, wholeSteps: true);

        Assert.Equal(step, axis.Step);
        Assert.Equal(maximum, axis.Maximum);
        Assert.True(axis.Maximum >= largest);
    }

    [Theory]
    [InlineData(0.37, 0.1, 0.4)]
    [InlineData(0.3, 0.1, 0.3)]
    [InlineData(7.5, 2, 8)]
    [InlineData(75, 20, 80)]
    [InlineData(150, 50, 150)]
    public void Should_allow_fractional_steps_for_measures(double largest, double step, double maximum)
    {
        var axis = new ValueAxis(largest, 0, 100);

        Assert.Equal(step, axis.Step, precision: 10);
        Assert.Equal(maximum, axis.Maximum, precision: 10);
    }

    [Fact]
    public void Should_list_ticks_from_zero_to_the_maximum_a_step_apart()
    {
        var axis = new ValueAxis(23, 0, 400, wholeSteps: true);

        Assert.Equal([0d, 5, 10, 15, 20, 25], axis.Ticks);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-4)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Should_still_draw_an_axis_when_there_is_nothing_to_show(double largest)
    {
        var axis = new ValueAxis(largest, 0, 400, wholeSteps: true);

        Assert.Equal(1, axis.Maximum);
        Assert.Equal([0d, 1], axis.Ticks);
        Assert.Equal(0, axis.Length(0));
    }

    [Fact]
    public void Should_draw_bars_in_proportion_and_never_past_the_axis()
    {
        var axis = new ValueAxis(8, 0, 400, wholeSteps: true);

        Assert.Equal(400, axis.Length(8));
        Assert.Equal(200, axis.Length(4));
        Assert.Equal(0, axis.Length(-3));
        Assert.Equal(400, axis.Length(1_000));
        Assert.Equal(0, axis.Length(double.PositiveInfinity));
    }

    [Fact]
    public void Should_run_a_y_axis_upwards_from_zero_at_the_bottom()
    {
        var axis = new ValueAxis(150, zeroAt: 110, maximumAt: 10);

        Assert.Equal(150, axis.Maximum);
        Assert.Equal(110, axis.Position(0));
        Assert.Equal(10, axis.Position(150), precision: 9);
        Assert.Equal(60, axis.Position(75), precision: 9);
        Assert.Equal(100, axis.Length(150), precision: 9);
    }

    [Fact]
    public void Should_span_the_dates_between_the_ends_and_the_days_between_in_proportion()
    {
        var axis = new DateAxis([Day.AddDays(20), Day, Day.AddDays(10)], firstAt: 10, lastAt: 210);

        Assert.Equal(10, axis.Position(Day));
        Assert.Equal(110, axis.Position(Day.AddDays(10)));
        Assert.Equal(210, axis.Position(Day.AddDays(20)));
    }

    [Fact]
    public void Should_put_a_single_date_in_the_middle()
    {
        var axis = new DateAxis([Day, Day], firstAt: 10, lastAt: 190);

        Assert.Equal(100, axis.Position(Day));
    }

    [Fact]
    public void Should_refuse_an_axis_without_dates_or_length()
    {
        Assert.Throws<ArgumentException>(() => new DateAxis([], 0, 100));
        Assert.Throws<ArgumentException>(() => new ValueAxis(10, 50, 50));
    }
}
