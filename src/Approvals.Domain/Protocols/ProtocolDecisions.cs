namespace Approvals.Domain.Protocols;

/// <summary>Pure decisions over a protocol version, a daily dose and a time.</summary>
public static class ProtocolDecisions
{
    /// <summary>
    /// The review <paramref name="dailyDoseMg"/> needs under <paramref name="protocol"/>: the first tier whose bound it
    /// does not exceed (bounds are inclusive as written), or a denial with <see cref="DenialReasons.AboveProtocolMax"/>
    /// above the cap.
    /// </summary>
    public static DoseRuling RuleOnDose(this ProtocolVersion protocol, decimal dailyDoseMg)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dailyDoseMg);
        if (dailyDoseMg > protocol.MaxDailyDoseMg)
        {
            return new DoseRuling.Denied(DenialReasons.AboveProtocolMax,
                $"{dailyDoseMg} mg/day is above the {protocol.MaxDailyDoseMg} mg/day maximum of {protocol.ProtocolId} version {protocol.Version}.");
        }

        // The validator guarantees the last tier ends at the cap, so a dose within the cap always finds one.
        return new DoseRuling.NeedsReview(protocol.DoseTiers.First(t => dailyDoseMg <= t.UpToMg));
    }

    /// <summary>Whether a patient on <paramref name="dailyDoseMg"/> must be tapered down to <paramref name="protocol"/>'s cap.</summary>
    public static bool RequiresTaper(this ProtocolVersion protocol, decimal dailyDoseMg) => CapRule.IsAbove(dailyDoseMg, protocol.MaxDailyDoseMg);

    /// <summary>
    /// Steps from <paramref name="currentDailyDoseMg"/> down to <paramref name="protocol"/>'s cap, the first at
    /// <paramref name="start"/> and one every <see cref="TaperRule.StepInterval"/> after. See <see cref="TaperPlanner"/>.
    /// </summary>
    public static TaperPlan PlanTaper(this ProtocolVersion protocol, decimal currentDailyDoseMg, DateTimeOffset start) =>
        TaperPlanner.Plan(protocol.Taper, currentDailyDoseMg, protocol.MaxDailyDoseMg, start);
}
