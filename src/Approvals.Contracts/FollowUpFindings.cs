namespace Approvals.Contracts;

/// <summary>What a follow-up assessment found, as the prescriber reported it.</summary>
public sealed record FollowUpFindings(
    decimal DailyDoseMg, decimal? DrinksPerDay, string? ConsumptionMeasure, decimal? ConsumptionValue,
    IReadOnlyList<ReportedAdverseEvent> AdverseEvents, string? Notes);

public sealed record ReportedAdverseEvent(string Term, bool Serious);
