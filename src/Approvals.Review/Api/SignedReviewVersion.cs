using Approvals.Contracts;
using Approvals.Review.Persistence;

namespace Approvals.Review.Api;

/// <summary>
/// The content of a review version a reviewer or specialist signs: the case as they saw it (its clinical content
/// included), what the protocol
/// requires of it, the opinions recorded so far (by their signatures' hashes) and what was decided or asked.
/// </summary>
internal sealed record SignedReviewVersion(
    Guid ReviewId, Guid RequestId, int Version, ReviewKind Kind, string PrescriberId, string ProtocolId, int ProtocolVersion,
    decimal DailyDoseMg, IReadOnlyList<string> Questions, string? Answer, DecisionOutcome? Outcome, decimal? ApprovedDailyDoseMg,
    string? ReasonCode, string? Rationale, DateTimeOffset? ValidUntil, ReviewLevel RequiredReview, int RequiredSpecialists,
    IReadOnlyList<string> Opinions, string? ExpertOpinionWaivedBecause, CaseContent? Case, string? RenewalNotes,
    ReportedFollowUp? LatestFollowUp)
{
    public static SignedReviewVersion Of(ReviewItem r) =>
        new(r.Id, r.RequestId, r.Version, r.Kind, r.PrescriberId, r.ProtocolId, r.ProtocolVersion, r.DailyDoseMg, r.Questions, r.Answer,
            r.Outcome, r.ApprovedDailyDoseMg, r.ReasonCode, r.Rationale, r.ValidUntil, r.RequiredReview, r.RequiredSpecialists,
            [.. r.Opinions.OrderBy(o => o.RecordedAt).ThenBy(o => o.Id).Select(o => o.Signature.SignedRecordHash)],
            r.ExpertOpinionWaivedBecause, r.Case, r.RenewalNotes, r.LatestFollowUp);
}
