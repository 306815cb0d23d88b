using Approvals.Contracts;
using Approvals.Review.Persistence;

namespace Approvals.Review.Collegial;

/// <summary>
/// Where a review's opinions stand against its requirement: how many distinct specialists recommend approval, how
/// many more a collegial review still needs, and the lowest dose the recommending specialists support.
/// </summary>
public sealed record OpinionStanding(int RecommendingSpecialists, int MissingOpinions, decimal? SupportedDailyDoseMg)
{
    /// <summary>The standing as shown with the review; once decided, without any opinion of the reviewer who decided it.</summary>
    public static OpinionStanding Of(ReviewItem review) =>
        Of(review.RequiredReview, review.RequiredSpecialists, review.PrescriberId, OpinionsOf(review), review.DecidedBy);

    public static IEnumerable<Opinion> OpinionsOf(ReviewItem review) =>
        review.Opinions.Select(o => new Opinion(o.SpecialistId, o.Recommendation, o.SupportedDailyDoseMg));

    /// <param name="deciderId">The reviewer deciding, whose own opinion never backs their decision.</param>
    public static OpinionStanding Of(ReviewLevel level, int requiredSpecialists, string prescriberId, IEnumerable<Opinion> opinions,
        string? deciderId = null)
    {
        // Counted here as well as refused at the door: a prescriber's or the decider's opinion, or a specialist's second
        // one, never counts.
        var supported = opinions
            .Where(o => o.Recommendation == OpinionRecommendation.Approve && o.SupportedDailyDoseMg is not null
                && !string.Equals(o.SpecialistId, prescriberId, StringComparison.Ordinal)
                && !string.Equals(o.SpecialistId, deciderId, StringComparison.Ordinal))
            .GroupBy(o => o.SpecialistId, StringComparer.Ordinal)
            .Select(bySpecialist => bySpecialist.Min(o => o.SupportedDailyDoseMg!.Value))
            .ToList();
        var required = level == ReviewLevel.Collegial ? Math.Max(1, requiredSpecialists) : 0;
        return new OpinionStanding(supported.Count, Math.Max(0, required - supported.Count), supported.Count == 0 ? null : supported.Min());
    }
}
