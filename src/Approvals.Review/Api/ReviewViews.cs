using Approvals.Contracts;
using Approvals.Review.Collegial;
using Approvals.Review.Persistence;

namespace Approvals.Review.Api;

/// <param name="MissingOpinions">How many more distinct specialists must recommend approval before it is possible.</param>
/// <param name="Patient">The pseudonymous patient; null for a review opened without the case content.</param>
/// <param name="Indication">What the off-label use treats; null as <paramref name="Patient"/>.</param>
/// <param name="Claim">The reviewer working the review, by their claim; null when nobody holds it.</param>
public sealed record ReviewSummary(
    Guid Id, Guid RequestId, ReviewKind Kind, ReviewStatus Status, Urgency Urgency, DateTimeOffset DueAt, bool Overdue,
    string ProtocolId, decimal DailyDoseMg, ReviewRequirement Requirement, int MissingOpinions, PatientDescriptor? Patient,
    string? Indication, ReviewClaimView? Claim)
{
    internal static ReviewSummary From(QueueRow r)
    {
        var patient = r.Patient;
        return new(r.Id, r.RequestId, r.Kind, r.Status, r.Urgency, r.DueAt, r.Overdue, r.ProtocolId, r.DailyDoseMg, r.Requirement,
            r.Standing.MissingOpinions, patient, patient is null ? null : r.Indication,
            r is { ClaimedBy: { } userId, ClaimedAt: { } at } ? new ReviewClaimView(userId, r.ClaimedByName ?? userId, at) : null);
    }

    internal static ReviewRequirement RequirementOf(ReviewItem r) => ReviewRounds.RequirementOf(r);
}

/// <summary>An advisory claim on a review: who is working it (their id and printed name) and since when.</summary>
public sealed record ReviewClaimView(string UserId, string Name, DateTimeOffset At)
{
    public static ReviewClaimView? Of(ReviewItem r) =>
        r is { ClaimedBy: { } userId, ClaimedAt: { } at } ? new(userId, r.ClaimedByName ?? userId, at) : null;
}

public sealed record ReviewDecisionView(
    DecisionOutcome Outcome, decimal? ApprovedDailyDoseMg, string? ReasonCode, string? Rationale, string ReviewerId, DateTimeOffset DecidedAt,
    DateTimeOffset? ValidUntil, ElectronicSignature? Signature, string? ExpertOpinionWaivedBecause, int ProtocolVersion);

public sealed record OpinionView(
    Guid Id, string SpecialistId, string SpecialistName, OpinionRecommendation Recommendation, decimal? SupportedDailyDoseMg,
    string Rationale, DateTimeOffset RecordedAt, ElectronicSignature Signature)
{
    public static OpinionView From(ReviewOpinion o) =>
        new(o.Id, o.SpecialistId, o.SpecialistName, o.Recommendation, o.SupportedDailyDoseMg, o.Rationale, o.RecordedAt,
            o.Signature.ToContract());
}

/// <param name="Opinions">The specialists' opinions so far, oldest first.</param>
/// <param name="MissingOpinions">How many more distinct specialists must recommend approval before it is possible.</param>
/// <param name="SupportedDailyDoseMg">The lowest dose the specialists recommending approval support: the most a collegial
/// review may approve, and above which an expert-recommended one needs a stated reason.</param>
/// <param name="Case">The case as submitted: patient, indication, justification, prior treatments, consent; null for a
/// review opened without it.</param>
/// <param name="RenewalNotes">Renewal reviews: the prescriber's notes with the renewal request.</param>
/// <param name="LatestFollowUp">Renewal reviews: the newest follow-up assessment reported before the review opened.</param>
/// <param name="Claim">The reviewer working the review, by their claim; null when nobody holds it.</param>
public sealed record ReviewView(
    Guid Id, Guid RequestId, ReviewKind Kind, ReviewStatus Status, Urgency Urgency, DateTimeOffset OpenedAt, DateTimeOffset DueAt,
    bool Overdue, string ProtocolId, int ProtocolVersion, decimal DailyDoseMg, string PrescriberId,
    DateTimeOffset? ValidityStartsAt, IReadOnlyList<string> Questions, string? Answer, DateTimeOffset? AnsweredAt,
    ReviewDecisionView? Decision, string? CancelReason, ReviewRequirement Requirement, IReadOnlyList<OpinionView> Opinions,
    int MissingOpinions, decimal? SupportedDailyDoseMg, CaseContent? Case, string? RenewalNotes, ReportedFollowUp? LatestFollowUp,
    ReviewClaimView? Claim)
{
    public static ReviewView From(ReviewItem r)
    {
        var standing = ReviewRounds.StandingOf(r);
        return new(r.Id, r.RequestId, r.Kind, r.Status, r.Urgency, r.OpenedAt, r.DueAt, r.Overdue, r.ProtocolId, r.ProtocolVersion,
            r.DailyDoseMg, r.PrescriberId, r.ValidityStartsAt, r.Questions, r.Answer, r.AnsweredAt,
            r is { Outcome: { } outcome, DecidedBy: { } by, DecidedAt: { } at }
                ? new ReviewDecisionView(outcome, r.ApprovedDailyDoseMg, r.ReasonCode, r.Rationale, by, at, r.ValidUntil,
                    r.Signature?.ToContract(), r.ExpertOpinionWaivedBecause, r.ProtocolVersion)
                : null,
            r.CancelReason, ReviewSummary.RequirementOf(r),
            [.. r.Opinions.OrderBy(o => o.RecordedAt).ThenBy(o => o.Id).Select(OpinionView.From)],
            standing.MissingOpinions, standing.SupportedDailyDoseMg, r.Case, r.RenewalNotes, r.LatestFollowUp, ReviewClaimView.Of(r));
    }
}
