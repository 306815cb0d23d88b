using System.ComponentModel.DataAnnotations;
using Approvals.Contracts;
using Approvals.Domain.Cases;

namespace Approvals.Review.Api;

/// <summary>
/// Body of <c>POST /api/v1/reviews/{id}/opinions</c>; every member optional so a missing one is named, not guessed. What a
/// valid opinion is, is the case decider's rule (<see cref="ReviewBodies.CheckOpinion"/>).
/// </summary>
public sealed record OpinionRequest(
    [property: Required] OpinionRecommendation? Recommendation,
    [property: Required] string? Rationale,
    decimal? SupportedDailyDoseMg = null)
{
    public GiveOpinion ToCommand(Guid reviewId, string specialistId, DateTimeOffset at) =>
        new(reviewId, specialistId, Recommendation, SupportedDailyDoseMg, Rationale, at);
}
