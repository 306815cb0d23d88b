namespace Approvals.Web.Api.Prescriber;

/// <summary>A follow-up report (<c>GET /api/v1/requests/{id}/follow-ups</c>).</summary>
public sealed record FollowUp(
    Guid Id, DateOnly Date, decimal DailyDoseMg, decimal? DrinksPerDay, Consumption? Consumption,
    IReadOnlyList<AdverseEvent> AdverseEvents, string? Notes, DateTimeOffset ReportedAt);

public sealed record Consumption(string? Measure, decimal? Value);

public sealed record AdverseEvent(string Term, bool Serious);

/// <summary>Body of <c>POST /api/v1/requests/{id}/follow-ups</c>.</summary>
public sealed record NewFollowUp(DateOnly? Date, decimal? DailyDoseMg, decimal? DrinksPerDay, IReadOnlyList<AdverseEvent> AdverseEvents, string? Notes);
