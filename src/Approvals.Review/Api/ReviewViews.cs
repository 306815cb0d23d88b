using Approvals.Contracts;
using Approvals.Review.Persistence;

namespace Approvals.Review.Api;

public sealed record ReviewSummary(
    Guid Id, Guid RequestId, ReviewKind Kind, ReviewStatus Status, Urgency Urgency, DateTimeOffset DueAt, bool Overdue,
    string ProtocolId, decimal DailyDoseMg)
{
    public static ReviewSummary From(ReviewItem r) =>
        new(r.Id, r.RequestId, r.Kind, r.Status, r.Urgency, r.DueAt, r.Overdue, r.ProtocolId, r.DailyDoseMg);
}

public sealed record ReviewDecisionView(
    DecisionOutcome Outcome, decimal? ApprovedDailyDoseMg, string? ReasonCode, string? Rationale, string ReviewerId, DateTimeOffset DecidedAt,
    DateTimeOffset? ValidUntil, ElectronicSignature? Signature);

public sealed record ReviewView(
    Guid Id, Guid RequestId, ReviewKind Kind, ReviewStatus Status, Urgency Urgency, DateTimeOffset OpenedAt, DateTimeOffset DueAt,
    bool Overdue, string ProtocolId, int ProtocolVersion, decimal DailyDoseMg, string PrescriberId,
    DateTimeOffset? ValidityStartsAt, IReadOnlyList<string> Questions, string? Answer, DateTimeOffset? AnsweredAt,
    ReviewDecisionView? Decision, string? CancelReason)
{
    public static ReviewView From(ReviewItem r) =>
        new(r.Id, r.RequestId, r.Kind, r.Status, r.Urgency, r.OpenedAt, r.DueAt, r.Overdue, r.ProtocolId, r.ProtocolVersion, r.DailyDoseMg,
            r.PrescriberId, r.ValidityStartsAt, r.Questions, r.Answer, r.AnsweredAt,
            r is { Outcome: { } outcome, DecidedBy: { } by, DecidedAt: { } at }
                ? new ReviewDecisionView(outcome, r.ApprovedDailyDoseMg, r.ReasonCode, r.Rationale, by, at, r.ValidUntil,
                    r.Signature?.ToContract())
                : null,
            r.CancelReason);
}
