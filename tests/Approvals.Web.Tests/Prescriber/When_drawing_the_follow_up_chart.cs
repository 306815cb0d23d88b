using Approvals.ApiClient;
using Approvals.Web.Components.Pages.Prescriber;

namespace Approvals.Web.Tests.Prescriber;

public sealed class When_drawing_the_follow_up_chart
{
    [Fact]
    public void Should_put_the_first_day_at_the_left_edge_the_last_at_the_right_and_days_between_in_proportion()
    {
        var chart = new FollowUpChart([FollowUpOn(10, dose: 60, drinks: 4), FollowUpOn(40, dose: 50, drinks: 2), FollowUpOn(20, dose: 60, drinks: null)]);

        Assert.Equal([FollowUpChart.PlotLeft, FollowUpChart.PlotLeft + ((FollowUpChart.PlotRight - FollowUpChart.PlotLeft) / 3), FollowUpChart.PlotRight],
            chart.DosePoints.Select(p => p.X));
        // A follow-up without drinks per day has no point on that series.
        Assert.Equal([FollowUpChart.PlotLeft, FollowUpChart.PlotRight], chart.DrinkPoints.Select(p => p.X));
    }

    [Fact]
    public void Should_scale_each_series_on_its_own_axis_from_zero_at_the_bottom()
    {
        var chart = new FollowUpChart([FollowUpOn(1, dose: 75, drinks: 5), FollowUpOn(2, dose: 50, drinks: 0)]);

        Assert.Equal(80, chart.DoseAxis.Maximum);
        Assert.Equal(5, chart.DrinksAxis.Maximum);
        var height = FollowUpChart.PlotBottom - FollowUpChart.PlotTop;
        Assert.Equal([FollowUpChart.PlotBottom - (75d / 80 * height), FollowUpChart.PlotBottom - (50d / 80 * height)], chart.DosePoints.Select(p => p.Y));
        Assert.Equal([FollowUpChart.PlotTop, FollowUpChart.PlotBottom], chart.DrinkPoints.Select(p => p.Y));
        Assert.Equal([0, 20, 40, 60, 80], chart.DoseTicks.Select(t => t.Value));
        Assert.Equal(FollowUpChart.PlotBottom, chart.DoseTicks[0].Position);
        Assert.Equal(FollowUpChart.PlotTop, chart.DoseTicks[^1].Position);
    }

    [Fact]
    public void Should_centre_a_single_follow_up()
    {
        var chart = new FollowUpChart([FollowUpOn(5, dose: 30, drinks: 1)]);

        Assert.Equal((FollowUpChart.PlotLeft + FollowUpChart.PlotRight) / 2, Assert.Single(chart.DosePoints).X);
        Assert.Single(chart.DateTicks);
    }

    [Fact]
    public void Should_draw_nothing_without_follow_ups()
    {
        var chart = new FollowUpChart([]);

        Assert.Empty(chart.DosePoints);
        Assert.Empty(chart.DrinkPoints);
        Assert.Equal(1, chart.DoseAxis.Maximum);
    }

    [Fact]
    public void Should_write_polyline_points_with_a_dot_whatever_the_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("fr-FR");
        try
        {
            Assert.Equal("56,12.5 584.5,224", FollowUpChart.Polyline([new ChartPoint(56, 12.5), new ChartPoint(584.5, 224)]));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    static FollowUpView FollowUpOn(int day, double dose, double? drinks) => new()
    {
        Id = Guid.NewGuid(), Date = new DateOnly(2026, 1, 1).AddDays(day), DailyDoseMg = dose, DrinksPerDay = drinks,
        ReportedAt = DateTimeOffset.UnixEpoch.AddDays(day),
    };
}
