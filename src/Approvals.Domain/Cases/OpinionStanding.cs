using Approvals.Contracts;

namespace Approvals.Domain.Cases;

/// <summary>
/// Where a round's opinions stand against its requirement: how many distinct specialists recommend approval, how many
/// more a collegial review still needs, and the lowest dose the recommending specialists support.
/// </summary>
public sealed record OpinionStanding(int RecommendingSpecialists, int MissingOpinions, decimal? SupportedDailyDoseMg)
{
    /// <param name="deciderId">The reviewer deciding, whose own opinion never backs their decision.</param>
    public static OpinionStanding Of(ReviewRequirement requirement, string prescriberId, IEnumerable<Opinion> opinions, string? deciderId = null)
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
        var required = RequiredSpecialists(requirement);
        return new OpinionStanding(supported.Count, Math.Max(0, required - supported.Count), supported.Count == 0 ? null : supported.Min());
    }

    /// <summary>A collegial review needs at least one specialist whatever its requirement says; other reviews none.</summary>
    public static int RequiredSpecialists(ReviewRequirement requirement) =>
        requirement.Level == ReviewLevel.Collegial ? Math.Max(1, requirement.Specialists) : 0;
}
