using Approvals.Contracts;

namespace Approvals.Domain;

/// <summary>What a reviewer submits; checked by <see cref="DecisionRules"/> before anything changes.</summary>
public sealed record ReviewDecision(
    DecisionOutcome Outcome,
    decimal? ApprovedDailyDoseMg,
    string? ReasonCode,
    string? Rationale,
    IReadOnlyList<string>? Questions);
