namespace Approvals.Domain.Protocols;

/// <summary>From <paramref name="From"/> on, the patient takes <paramref name="DailyDoseMg"/> a day.</summary>
public sealed record TaperStep(DateTimeOffset From, decimal DailyDoseMg);

/// <summary>Steps from a dose above a cap down to it; empty when the dose is already within the cap.</summary>
public sealed record TaperPlan(decimal FromDailyDoseMg, decimal TargetDailyDoseMg, IReadOnlyList<TaperStep> Steps)
{
    public bool IsEmpty => Steps.Count == 0;

    /// <summary>When the last step reaches the target; null for an empty plan.</summary>
    public DateTimeOffset? ReachesTargetAt => Steps.Count == 0 ? null : Steps[^1].From;
}
