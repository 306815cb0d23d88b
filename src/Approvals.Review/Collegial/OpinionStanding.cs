using Approvals.Contracts;
using Approvals.Review.Persistence;

namespace Approvals.Review.Collegial;

/// <summary>
/// Where a review's opinions stand against its requirement: how many distinct specialists recommend approval, how
/// many more a collegial review still needs, and the lowest dose the recommending specialists support.
/// </summary>
public sealed record OpinionStanding(int RecommendingSpecialists, int MissingOpinions, decimal? SupportedDailyDoseMg)
{
    public static OpinionStanding Of(ReviewItem review) =>
        Of(review.RequiredReview, review.RequiredSpecialists, review.PrescriberId,
            review.Opinions.Select(o => new Opinion(o.SpecialistId, o.Recommendation, o.SupportedDailyDoseMg)));

    public static OpinionStanding Of(ReviewLevel level, int requiredSpecialists, string prescriberId, IEnumerable<Opinion> opinions)
    {
        // Counted here as well as refused at the door: a prescriber's opinion or a specialist's second one never counts.
        var supported = opinions
            .Where(o => o.Recommendation == OpinionRecommendation.Approve && o.SupportedDailyDoseMg is not null
                && !string.Equals(o.SpecialistId, prescriberId, StringComparison.Ordinal))
            .GroupBy(o => o.SpecialistId, StringComparer.Ordinal)
            .Select(bySpecialist => bySpecialist.Min(o => o.SupportedDailyDoseMg!.Value))
            .ToList();
        var required = level == ReviewLevel.Collegial ? Math.Max(1, requiredSpecialists) : 0;
        return new OpinionStanding(supported.Count, Math.Max(0, required - supported.Count), supported.Count == 0 ? null : supported.Min());
    }
}
