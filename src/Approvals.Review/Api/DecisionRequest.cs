using System.ComponentModel.DataAnnotations;
using Approvals.Contracts;
using Approvals.Domain;
using Approvals.Domain.Cases;

namespace Approvals.Review.Api;

/// <summary>
/// Body of <c>POST /api/v1/reviews/{id}/decision</c>; every member optional so a missing one is named, not guessed. What a
/// valid decision is, is the case decider's rule (<see cref="ReviewBodies.CheckDecision"/>).
/// </summary>
/// <param name="ExpertOpinionWaivedBecause">Why an approval goes ahead without the expert opinion the protocol recommends.</param>
public sealed record DecisionRequest(
    [property: Required] DecisionOutcome? Outcome,
    decimal? ApprovedDailyDoseMg = null,
    string? ReasonCode = null,
    string? Rationale = null,
    IReadOnlyList<string>? Questions = null,
    DateTimeOffset? ValidUntil = null,
    string? ExpertOpinionWaivedBecause = null)
{
    /// <summary>The outcome is what makes the body a decision at all; without it nothing else can be weighed.</summary>
    public static ValidationErrors OutcomeMissing() =>
        new ValidationErrors().Add("outcome", "Required: approve, approve-modified, deny or request-information.");

    public DecideReview ToCommand(Guid reviewId, string reviewerId, DateTimeOffset decidedAt) =>
        new(reviewId, reviewerId, new ReviewDecision(Outcome!.Value, ApprovedDailyDoseMg, ReasonCode, Rationale, Questions), decidedAt,
            ValidUntil, ExpertOpinionWaivedBecause);
}
