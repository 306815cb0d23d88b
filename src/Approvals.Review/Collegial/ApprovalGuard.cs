using Approvals.Contracts;

namespace Approvals.Review.Collegial;

/// <summary>
/// The rules an approval (plain or modified) must meet beyond a valid body, by the review the protocol requires:
/// <list type="bullet">
/// <item>every level: the deciding reviewer gave no opinion on the review (<see cref="DutySeparation"/>).</item>
/// <item><c>collegial</c>: the required number of distinct specialists, none of them the prescriber or the deciding
/// reviewer, recommend approval, and the approved dose is at most the lowest dose they support; nothing can waive this.</item>
/// <item><c>single-expert-recommended</c>: approving without a specialist other than the deciding reviewer recommending
/// approval at that dose needs a stated reason (<c>expertOpinionWaivedBecause</c>).</item>
/// <item><c>single</c>: nothing more; there is no expert opinion to waive.</item>
/// </list>
/// Denials and requests for information are held back only by <see cref="DutySeparation"/>.
/// </summary>
public static class ApprovalGuard
{
    public const string WaiverField = "expertOpinionWaivedBecause";
    public const string OpinionsMissing = "opinionsMissing";
    public const string DoseAboveSupported = "doseAboveSupported";
    public const string WaiverRequired = "expertOpinionWaiverRequired";
    public const string WaiverNotApplicable = "expertOpinionWaiverNotApplicable";

    /// <summary>
    /// A waiver departs from what the protocol recommends, so it must say something: a placeholder such as "n/a" or
    /// "see above" is not a reason an auditor can weigh.
    /// </summary>
    public const int MinWaiverLength = 20;

    public static ApprovalRefusal? Check(ReviewLevel level, int requiredSpecialists, string prescriberId, string deciderId,
        IReadOnlyCollection<Opinion> opinions, decimal approvedDailyDoseMg, string? waiver)
    {
        if (DutySeparation.CheckDecider(deciderId, opinions) is { } ownOpinion)
            return ownOpinion;
        var standing = OpinionStanding.Of(level, requiredSpecialists, prescriberId, opinions, deciderId);
        return level switch
        {
            ReviewLevel.Collegial => CheckCollegial(Math.Max(1, requiredSpecialists), standing, approvedDailyDoseMg, waiver),
            ReviewLevel.SingleExpertRecommended => CheckExpertRecommended(standing, approvedDailyDoseMg, waiver),
            _ => waiver is null
                ? null
                : new ApprovalRefusal(422, WaiverNotApplicable, "This review does not call for an expert opinion; there is nothing to waive.",
                    WaiverField),
        };
    }

    static ApprovalRefusal? CheckCollegial(int required, OpinionStanding standing, decimal approvedDailyDoseMg, string? waiver)
    {
        if (waiver is not null)
        {
            return new ApprovalRefusal(422, WaiverNotApplicable,
                "A collegial decision is mandatory at this dose; it cannot be waived.", WaiverField);
        }

        if (standing.MissingOpinions > 0)
        {
            return new ApprovalRefusal(409, OpinionsMissing,
                $"Approval needs opinions recommending it from {required} distinct specialists other than the prescriber and "
                + $"the deciding reviewer; "
                + $"{standing.RecommendingSpecialists} recorded, {standing.MissingOpinions} missing. A denial is possible at any time.");
        }

        if (standing.SupportedDailyDoseMg is { } supported && approvedDailyDoseMg > supported)
        {
            return new ApprovalRefusal(422, DoseAboveSupported,
                $"The specialists support at most {supported} mg/day; approve-modified at or below that dose.", "approvedDailyDoseMg");
        }

        return null;
    }

    static ApprovalRefusal? CheckExpertRecommended(OpinionStanding standing, decimal approvedDailyDoseMg, string? waiver)
    {
        var backed = standing.SupportedDailyDoseMg is { } supported && approvedDailyDoseMg <= supported;
        if (backed || !string.IsNullOrWhiteSpace(waiver))
            return null;
        var detail = standing.SupportedDailyDoseMg is { } lowest
            ? $"The specialists support at most {lowest} mg/day; approving {approvedDailyDoseMg} mg/day needs the reason"
            : "No specialist has recommended approval; approving without the expert opinion the protocol recommends needs the reason";
        return new ApprovalRefusal(422, WaiverRequired, $"{detail} in {WaiverField}.", WaiverField);
    }
}
