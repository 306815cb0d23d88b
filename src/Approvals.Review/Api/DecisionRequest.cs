using Approvals.Contracts;
using Approvals.Domain;

namespace Approvals.Review.Api;

/// <summary>Body of <c>POST /api/v1/reviews/{id}/decision</c>; every member optional so a missing one is named, not guessed.</summary>
public sealed record DecisionRequest(
    DecisionOutcome? Outcome,
    decimal? ApprovedDailyDoseMg,
    string? ReasonCode,
    string? Rationale,
    IReadOnlyList<string>? Questions)
{
    public ReviewDecision? Validate(decimal requestedDailyDoseMg, ValidationErrors errors)
    {
        if (Outcome is not { } outcome)
        {
            errors.Add("outcome", "Required: approve, approve-modified, deny or request-information.");
            return null;
        }

        var decision = new ReviewDecision(outcome, ApprovedDailyDoseMg, ReasonCode, Rationale, Questions);
        foreach (var (field, messages) in DecisionRules.Check(decision, requestedDailyDoseMg).ToDictionary())
            foreach (var message in messages)
                errors.Add(field, message);
        return errors.IsEmpty ? decision : null;
    }
}
