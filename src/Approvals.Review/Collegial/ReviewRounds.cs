using Approvals.Contracts;
using Approvals.Domain;
using Approvals.Domain.Cases;
using Approvals.Review.Persistence;

namespace Approvals.Review.Collegial;

/// <summary>
/// A review's row as the case decider's round, so the review service answers decisions, opinions and claims with the
/// decider's own guards (<see cref="ReviewGuards"/>) and holds no copy of their rules (ADR 0007).
/// </summary>
public static class ReviewRounds
{
    public static ReviewRound Of(ReviewItem review) =>
        new(review.Id, review.Kind, RequirementOf(review), review.DailyDoseMg, review.OpenedAt, review.DueAt, review.ValidityStartsAt)
        {
            Status = review.Status,
            Overdue = review.Overdue,
            Opinions = [.. OpinionsOf(review)],
            Reviewers = [.. review.Reviewers],
        };

    public static ReviewRequirement RequirementOf(ReviewItem review) => new(review.RequiredReview, review.RequiredSpecialists);

    public static IEnumerable<Opinion> OpinionsOf(ReviewItem review) =>
        review.Opinions.Select(o => new Opinion(o.SpecialistId, o.Recommendation, o.SupportedDailyDoseMg));

    /// <summary>The standing as shown with the review; once decided, without any opinion of the reviewer who decided it.</summary>
    public static OpinionStanding StandingOf(ReviewItem review) =>
        OpinionStanding.Of(RequirementOf(review), review.PrescriberId, OpinionsOf(review), review.DecidedBy);

    /// <summary>The terms a decision is judged on: the configured ones, held to the case's protocol maximum when the review carries one.</summary>
    public static CaseTerms TermsOf(ReviewItem review, ApprovalTermsRules configured) =>
        new(CaseTerms.Default.Clocks, CaseTerms.Default.InformationDeadline,
            review.MaxValidity is { } max ? configured.WithMaxValidity(max) : configured);
}
