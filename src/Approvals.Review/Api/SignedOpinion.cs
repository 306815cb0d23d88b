using Approvals.Contracts;

namespace Approvals.Review.Api;

/// <summary>
/// What a specialist signs: the review version that holds their opinion (the case and the opinions recorded before
/// it) and the opinion itself.
/// </summary>
internal sealed record SignedOpinion(
    SignedReviewVersion Review, Guid OpinionId, string SpecialistId, OpinionRecommendation Recommendation, decimal? SupportedDailyDoseMg,
    string Rationale);
