using Approvals.Domain.Protocols;
using static Approvals.Domain.Tests.Protocols.ProtocolDocuments;

namespace Approvals.Domain.Tests.Protocols;

/// <summary>Version 3's taper: down to 80 mg/day by 10 to 15 mg every 2 days.</summary>
public sealed class TaperPlanSpecs
{
    static readonly DateTimeOffset Start = At("2017-07-24T00:00:00Z");

    [Theory]
    [InlineData(210, new[] { 195, 180, 165, 150, 135, 120, 105, 90, 80 })]
    [InlineData(300, new[] { 285, 270, 255, 240, 225, 210, 195, 180, 165, 150, 135, 120, 105, 90, 80 })]
    [InlineData(110, new[] { 95, 80 })]
    [InlineData(100, new[] { 90, 80 })]
    [InlineData(95, new[] { 80 })]
    [InlineData(90, new[] { 80 })]
    // 16 mg cannot be split into steps of 10 to 15: a full step, then a smaller one lands on the cap.
    [InlineData(96, new[] { 81, 80 })]
    // Less than one minimum step: one small step to the cap.
    [InlineData(85, new[] { 80 })]
    [InlineData(80.5, new[] { 80 })]
    public void The_dose_comes_down_to_the_cap_one_step_every_interval(double current, int[] doses)
    {
        var plan = V3.PlanTaper((decimal)current, Start);

        Assert.Equal(doses.Select(d => (decimal)d), plan.Steps.Select(s => s.DailyDoseMg));
        Assert.Equal(doses.Select((_, i) => Start.AddDays(2 * i)), plan.Steps.Select(s => s.From));
        Assert.Equal(((decimal)current, 80m), (plan.FromDailyDoseMg, plan.TargetDailyDoseMg));
        Assert.Equal(Start.AddDays(2 * (doses.Length - 1)), plan.ReachesTargetAt);
    }

    [Theory]
    [InlineData(80)]
    [InlineData(60)]
    public void A_dose_within_the_cap_needs_no_taper(int current)
    {
        var plan = V3.PlanTaper(current, Start);

        Assert.True(plan.IsEmpty);
        Assert.Null(plan.ReachesTargetAt);
    }

    /// <summary>Every dose from just above the cap to 400 mg/day, in half milligrams.</summary>
    [Fact]
    public void Every_plan_takes_the_fewest_steps_within_the_range_and_only_a_last_step_is_smaller()
    {
        for (var current = 80.5m; current <= 400m; current += 0.5m)
        {
            var plan = V3.PlanTaper(current, Start);
            var sizes = plan.Steps.Select((s, i) => (i == 0 ? current : plan.Steps[i - 1].DailyDoseMg) - s.DailyDoseMg).ToList();
            var reduction = current - 80m;

            Assert.Equal(80m, plan.Steps[^1].DailyDoseMg);
            Assert.Equal((int)decimal.Ceiling(reduction / 15m), sizes.Count);
            Assert.All(sizes, size => Assert.InRange(size, 0.01m, 15m));
            Assert.All(sizes.SkipLast(1), size => Assert.InRange(size, 10m, 15m));
            // A last step below the minimum only when no split within the range exists.
            if (sizes[^1] < 10m)
                Assert.True(sizes.Count * 10m > reduction, $"{current}: a small last step although {reduction} splits within the range");
        }
    }

    [Fact]
    public void A_drill_taper_runs_on_seconds()
    {
        var drill = Version(Valid()
            .Set("maxDailyDoseMg", 80).Set("doseTiers", new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["upToMg"] = 80, ["review"] = "single" }))
            .Set("taper.stepInterval", "PT30S").ToJsonString());

        var plan = drill.PlanTaper(110, Start);

        Assert.Equal([new TaperStep(Start, 95), new TaperStep(Start.AddSeconds(30), 80)], plan.Steps);
    }
}
