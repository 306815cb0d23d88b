using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Approvals.Contracts;
using Approvals.Domain.Cases;
using Approvals.Intake.Persistence;

namespace Approvals.Intake.Api;

/// <summary>The latest decision; <see cref="ProtocolVersion"/> is the version it was made under, the request's own.</summary>
public sealed record DecisionView(
    DecisionOutcome Outcome, string? ReasonCode, string? Rationale, string ReviewerId, ElectronicSignature? Signature, int ProtocolVersion);

public sealed record HistoryView(DateTimeOffset At, RequestStatus Status, string ActorId, string? Reason, ElectronicSignature? Signature);

public sealed record RequestSummary(
    Guid Id, RequestStatus Status, string ProtocolId, string PrescriberId, string PatientPseudonym, decimal DailyDoseMg,
    Urgency Urgency, DateTimeOffset SubmittedAt, DateTimeOffset? DecidedAt)
{
    public static RequestSummary From(RequestRecord r) =>
        new(r.Id, r.Status, r.ProtocolId, r.PrescriberId, r.PatientPseudonym, r.DailyDoseMg, r.Urgency, r.SubmittedAt, r.DecidedAt);
}

public sealed record RequestView(
    Guid Id,
    RequestStatus Status,
    bool Overdue,
    string ProtocolId,
    int ProtocolVersion,
    string PrescriberId,
    PatientDescriptor Patient,
    decimal DailyDoseMg,
    decimal? ApprovedDailyDoseMg,
    Urgency Urgency,
    string Indication,
    string Justification,
    IReadOnlyList<string> PriorTreatments,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? DecidedAt,
    DecisionView? Decision,
    IReadOnlyList<string> OpenQuestions,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidUntil,
    DateTimeOffset? NextFollowUpDue,
    bool FollowUpOverdue,
    RenewalView? Renewal,
    bool TaperRequired,
    TaperSchedule? TaperPlan,
    IReadOnlyList<HistoryView> History,
    IReadOnlyList<RefusalView> Refusals)
{
    /// <param name="renewal">For an approval (a request with a window): whether its renewal may be asked for now.</param>
    public static RequestView From(RequestRecord r, RenewalStanding? renewal) =>
        new(r.Id, r.Status, r.Overdue, r.ProtocolId, r.ProtocolVersion, r.PrescriberId,
            new PatientDescriptor(r.PatientPseudonym, r.PatientBirthYear, r.PatientSex),
            r.DailyDoseMg, r.ApprovedDailyDoseMg, r.Urgency, r.Indication, r.Justification, r.PriorTreatments,
            r.SubmittedAt, r.DecidedAt,
            r is { DecisionOutcome: { } outcome, ReviewerId: { } reviewer }
                ? new DecisionView(outcome, r.ReasonCode, r.Rationale, reviewer, r.DecisionSignature?.ToContract(), r.ProtocolVersion)
                : null,
            r.OpenQuestions,
            r.ValidFrom, r.ValidUntil, r.NextFollowUpDue, r.FollowUpOverdue,
            r.ValidUntil is null ? null : RenewalView.Of(r, renewal ?? throw new ArgumentNullException(nameof(renewal), "An approval's view needs its renewal standing.")),
            r.Taper is not null, r.Taper is null ? null : JsonSerializer.Deserialize<TaperSchedule>(r.Taper),
            [.. r.History.OrderBy(h => h.Sequence).Select(h => new HistoryView(h.At, h.Status, h.ActorId, h.Reason, h.Signature?.ToContract()))],
            [.. r.Refusals.OrderBy(f => f.At).ThenBy(f => f.Id)
                .Select(f => new RefusalView(f.At, f.Action, f.ActorId, f.Status, f.Reason, f.OrderId))]);
}

/// <summary>
/// A refused step: at once by an API (the caller got this status), or by the workflow after a 202 (then
/// <see cref="OrderId"/> names a refused safety order).
/// </summary>
public sealed record RefusalView(DateTimeOffset At, string Action, string ActorId, int Status, string Reason, Guid? OrderId);

/// <summary>
/// The renewal of the current window (status null: none asked for yet), the renewals approved so far, and whether the
/// request's prescriber may ask for one now: the case decider's renewal rule on the request as intake holds it.
/// </summary>
/// <param name="CanAsk">A renewal request sent now would be accepted (given notes within the text limit).</param>
/// <param name="Reason">Why not, as the code the renewal endpoint would answer: <c>renewalUnderReview</c>,
/// <c>notInForce</c>, <c>renewedWindowNotStarted</c> or <c>followUpMissing</c>; null when it may be asked for.</param>
/// <param name="OpensAt">With <c>renewedWindowNotStarted</c>: when the renewed window starts, and a renewal may be asked.</param>
/// <param name="FollowUpFrom">With <c>followUpMissing</c>: the earliest assessment date a follow-up must carry to count as recent.</param>
public sealed record RenewalView(RenewalStatus? Status, int Cycle, bool CanAsk, string? Reason, DateTimeOffset? OpensAt, DateOnly? FollowUpFrom)
{
    public static RenewalView Of(RequestRecord r, RenewalStanding standing) =>
        new(r.RenewalStatus, r.RenewalCycle, standing.CanAsk, standing.Obstacle?.Code, standing.OpensAt, standing.FollowUpFrom);
}

public sealed record InformationRequest([property: Required] string? Text);

public sealed record WithdrawalRequest([property: Required] string? Reason);
