using Approvals.Contracts;

namespace Approvals.Domain.Cases;

/// <summary>
/// The rules of one review round, over the round alone: who may decide it or give an opinion on it, what a valid
/// decision or opinion is, and what an approval needs under the round's requirement (ADR 0005). The decider runs them on
/// the round it holds; the review service can run them on the round it holds.
/// </summary>
public static class ReviewGuards
{
    public const string WaiverField = "expertOpinionWaivedBecause";

    /// <summary>A waiver departs from what the protocol recommends, so it must say something ("n/a" is no reason).</summary>
    public const int MinWaiverLength = 20;

    /// <summary>Why <paramref name="command"/> may not decide <paramref name="round"/>, in the order the API has always checked.</summary>
    public static Refusal? CheckDecision(ReviewRound round, string prescriberId, DecideReview command, CaseTerms terms)
    {
        if (CheckDeciding(round, prescriberId, command.ReviewerId) is { } notThisReviewer)
            return notThisReviewer;

        var errors = command.Recorded ? ReviewBodies.CheckOutcome(round, command) : ReviewBodies.CheckDecision(round, command, terms);
        if (!errors.IsEmpty)
            return Refusal.Invalid(errors);
        return IsApproval(command.Decision.Outcome)
            ? CheckApproval(round, prescriberId, command.ReviewerId, DecisionRules.ApprovedDose(command.Decision, round.DailyDoseMg),
                command.ExpertOpinionWaivedBecause?.Trim())
            : null;
    }

    /// <summary>
    /// Why <paramref name="reviewerId"/> may not decide the round now, whatever they decide: the checks made before the
    /// body is read, so a caller holding a body too malformed to be a command still answers them first.
    /// </summary>
    public static Refusal? CheckDeciding(ReviewRound round, string prescriberId, string reviewerId)
    {
        if (IsSamePerson(reviewerId, prescriberId))
            return Refusal.Forbidden(RefusalCodes.OwnRequest, "You submitted this request; another reviewer must decide it.");
        if (round.Status != ReviewStatus.Open)
            return Refusal.Conflict(RefusalCodes.ReviewNotOpen, $"The review is {Describe(round.Status)}; only an open review can be decided.");
        return CheckDecider(reviewerId, round.Opinions);
    }

    /// <summary>Why <paramref name="command"/> adds no opinion to <paramref name="round"/>, if it does not.</summary>
    public static Refusal? CheckOpinion(ReviewRound round, string prescriberId, GiveOpinion command)
    {
        if (IsSamePerson(command.SpecialistId, prescriberId))
            return Refusal.Forbidden(RefusalCodes.OwnRequest, "You submitted this request; you cannot give an opinion on it.");
        if (round.Status != ReviewStatus.Open)
            return Refusal.Conflict(RefusalCodes.ReviewNotOpen, $"The review is {Describe(round.Status)}; opinions are given while it is open.");
        if (CheckSpecialist(command.SpecialistId, round.Reviewers) is { } reviewer)
            return reviewer;
        if (round.Opinions.Any(o => IsSamePerson(o.SpecialistId, command.SpecialistId)))
            return Refusal.Conflict(RefusalCodes.OpinionAlreadyGiven, "You already gave your opinion on this review; each specialist counts once.");

        var errors = ReviewBodies.CheckOpinion(command, round.DailyDoseMg);
        return errors.IsEmpty ? null : Refusal.Invalid(errors);
    }

    /// <summary>
    /// Why <paramref name="reviewerId"/> may not claim the round: the case's part of the claim rules. Who holds the claim
    /// is the review service's advisory mark (ADR 0006), not case state, so <c>claimedByOther</c> and <c>notClaimant</c>
    /// stay there.
    /// </summary>
    public static Refusal? CheckClaim(ReviewRound round, string prescriberId, string reviewerId)
    {
        if (IsSamePerson(reviewerId, prescriberId))
            return Refusal.Forbidden(RefusalCodes.OwnRequest, "You submitted this request; another reviewer must work it.");
        if (IsClosed(round.Status))
            return Refusal.Conflict(RefusalCodes.ReviewClosed, $"The review is {Describe(round.Status)}; only an open review can be claimed.");
        return CheckDecider(reviewerId, round.Opinions);
    }

    /// <summary>Whoever gave an opinion on the round does not decide it, whatever the outcome (ADR 0005).</summary>
    public static Refusal? CheckDecider(string deciderId, IEnumerable<Opinion> opinions) =>
        opinions.Any(o => IsSamePerson(o.SpecialistId, deciderId))
            ? new Refusal(RefusalCodes.DeciderGaveOpinion, RefusalKind.Conflict,
                "You gave an opinion on this review; another reviewer, who gave none, must decide it.",
                Title: "You cannot decide a review you gave an opinion on.")
            : null;

    /// <param name="reviewers">Who decided the round or asked the prescriber for information in it.</param>
    public static Refusal? CheckSpecialist(string specialistId, IEnumerable<string> reviewers) =>
        reviewers.Contains(specialistId, StringComparer.Ordinal)
            ? new Refusal(RefusalCodes.OpinionFromReviewer, RefusalKind.Conflict,
                "You acted as this review's reviewer; the opinions must come from specialists other than the reviewer.",
                Title: "You cannot give an opinion on a review you act on as reviewer.")
            : null;

    /// <summary>
    /// What an approval needs beyond a valid body: <c>collegial</c>, enough distinct specialists recommending it (409
    /// until they are in) and a dose within what they support, never waivable; <c>single-expert-recommended</c>, a
    /// specialist backing the dose or a stated waiver; <c>single</c>, nothing to waive.
    /// </summary>
    public static Refusal? CheckApproval(ReviewRound round, string prescriberId, string deciderId, decimal approvedDailyDoseMg, string? waiver)
    {
        if (CheckDecider(deciderId, round.Opinions) is { } ownOpinion)
            return ownOpinion;
        var standing = OpinionStanding.Of(round.Requirement, prescriberId, round.Opinions, deciderId);
        return round.Requirement.Level switch
        {
            ReviewLevel.Collegial => CheckCollegial(OpinionStanding.RequiredSpecialists(round.Requirement), standing, approvedDailyDoseMg, waiver),
            ReviewLevel.SingleExpertRecommended => CheckExpertRecommended(standing, approvedDailyDoseMg, waiver),
            _ => waiver is null
                ? null
                : RuleBroken(RefusalCodes.WaiverNotApplicable, "This review does not call for an expert opinion; there is nothing to waive.", WaiverField),
        };
    }

    static Refusal? CheckCollegial(int required, OpinionStanding standing, decimal approvedDailyDoseMg, string? waiver)
    {
        if (waiver is not null)
            return RuleBroken(RefusalCodes.WaiverNotApplicable, "A collegial decision is mandatory at this dose; it cannot be waived.", WaiverField);
        if (standing.MissingOpinions > 0)
        {
            return Refusal.Conflict(RefusalCodes.OpinionsMissing,
                $"Approval needs opinions recommending it from {required} distinct specialists other than the prescriber and the deciding "
                + $"reviewer; {standing.RecommendingSpecialists} recorded, {standing.MissingOpinions} missing. A denial is possible at any time.");
        }

        return standing.SupportedDailyDoseMg is { } supported && approvedDailyDoseMg > supported
            ? RuleBroken(RefusalCodes.DoseAboveSupported,
                $"The specialists support at most {supported} mg/day; approve-modified at or below that dose.", "approvedDailyDoseMg")
            : null;
    }

    static Refusal? CheckExpertRecommended(OpinionStanding standing, decimal approvedDailyDoseMg, string? waiver)
    {
        var backed = standing.SupportedDailyDoseMg is { } supported && approvedDailyDoseMg <= supported;
        if (backed || !string.IsNullOrWhiteSpace(waiver))
            return null;
        var detail = standing.SupportedDailyDoseMg is { } lowest
            ? $"The specialists support at most {lowest} mg/day; approving {approvedDailyDoseMg} mg/day needs the reason"
            : "No specialist has recommended approval; approving without the expert opinion the protocol recommends needs the reason";
        return RuleBroken(RefusalCodes.WaiverRequired, $"{detail} in {WaiverField}.", WaiverField);
    }

    /// <summary>A decided or cancelled round: nobody works it any more (a claim neither taken nor released).</summary>
    public static bool IsClosed(ReviewStatus status) => status is ReviewStatus.Decided or ReviewStatus.Cancelled;

    public static bool IsApproval(DecisionOutcome outcome) => outcome is DecisionOutcome.Approve or DecisionOutcome.ApproveModified;

    public static bool IsSamePerson(string a, string b) => string.Equals(a, b, StringComparison.Ordinal);

    static Refusal RuleBroken(string code, string detail, string field) => new(code, RefusalKind.RuleBroken, detail, field);

    static string Describe(ReviewStatus status) => status switch
    {
        ReviewStatus.AwaitingInformation => "awaiting the prescriber's information",
        ReviewStatus.Decided => "already decided",
        ReviewStatus.Cancelled => "cancelled",
        _ => status.ToString().ToLowerInvariant(),
    };
}
