namespace Approvals.Domain.Protocols;

/// <summary>Splits a reduction of the daily dose into steps a taper rule allows.</summary>
public static class TaperPlanner
{
    /// <summary>
    /// The fewest steps that bring <paramref name="currentDailyDoseMg"/> down to <paramref name="targetDailyDoseMg"/>,
    /// each within [<see cref="TaperRule.MinStepMg"/>, <see cref="TaperRule.MaxStepMg"/>], the larger steps first (the
    /// risk is the dose above the cap). When no such split exists (a 16 mg reduction in steps of 10 to 15), steps of the
    /// maximum are followed by one smaller than the minimum that lands on the target: a smaller last step is the gentler
    /// choice, and overshooting the target is not asked for. Step <c>i</c> takes effect at start + i × interval.
    /// </summary>
    public static TaperPlan Plan(TaperRule rule, decimal currentDailyDoseMg, decimal targetDailyDoseMg, DateTimeOffset start)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(currentDailyDoseMg);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetDailyDoseMg);
        var reduction = currentDailyDoseMg - targetDailyDoseMg;
        if (reduction <= 0)
            return new TaperPlan(currentDailyDoseMg, targetDailyDoseMg, []);

        var dose = currentDailyDoseMg;
        var steps = new List<TaperStep>();
        foreach (var size in StepSizes(rule, reduction))
        {
            dose -= size;
            steps.Add(new TaperStep(start + TimeSpan.FromTicks(rule.StepInterval.Ticks * steps.Count), dose));
        }

        return new TaperPlan(currentDailyDoseMg, targetDailyDoseMg, steps);
    }

    static List<decimal> StepSizes(TaperRule rule, decimal reduction)
    {
        var count = (int)decimal.Ceiling(reduction / rule.MaxStepMg);
        var sizes = new List<decimal>(count);
        if (count * rule.MinStepMg <= reduction)
        {
            // Every step at the minimum, then the rest handed out up to the maximum, earliest steps first.
            var rest = reduction - count * rule.MinStepMg;
            for (var i = 0; i < count; i++)
            {
                var extra = Math.Min(rule.MaxStepMg - rule.MinStepMg, rest);
                sizes.Add(rule.MinStepMg + extra);
                rest -= extra;
            }

            return sizes;
        }

        // No split within the range: whole steps of the maximum, and the remainder, below the minimum, last.
        for (var i = 0; i < count - 1; i++)
            sizes.Add(rule.MaxStepMg);
        sizes.Add(reduction - (count - 1) * rule.MaxStepMg);
        return sizes;
    }
}
