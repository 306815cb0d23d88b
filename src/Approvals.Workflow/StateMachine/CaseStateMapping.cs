using System.Text.Json;
using Approvals.Contracts;
using Approvals.Domain.Cases;
using Approvals.Domain.Protocols;

namespace Approvals.Workflow;

/// <summary>
/// The saga row and the decider's <see cref="CaseState"/>, both ways: the row keeps its columns (readable in SQL, no
/// migration), the decider reads and returns the whole case. Ids, timer tokens and timeline numbers stay the row's.
/// </summary>
internal static class CaseStateMapping
{
    public static CaseState ToCase(ApprovalState saga, CaseTerms terms)
    {
        var phase = PhaseOf(saga);
        return new CaseState
        {
            Phase = phase,
            PrescriberId = saga.PrescriberId ?? "",
            ProtocolId = saga.ProtocolId,
            ProtocolVersion = saga.ProtocolVersion,
            RequestedDailyDoseMg = saga.DailyDoseMg,
            Urgency = saga.Urgency,
            SubmittedAt = saga.SubmittedAt,
            Terms = terms,
            Review = RoundOf(saga, phase, terms),
            ApprovedDailyDoseMg = saga.ApprovedDailyDoseMg,
            DecidedBy = saga.DecidedBy,
            DecidedAt = saga.DecidedAt,
            ClosedAt = saga.ClosedAt,
            ValidFrom = saga.ValidFrom,
            ValidUntil = saga.ValidUntil,
            FollowUps = new FollowUpClock(
                saga.LastFollowUpOn is { } on ? DateOnly.FromDateTime(on.UtcDateTime) : null, saga.NextFollowUpDue, saga.FollowUpOverdue,
                CaseRecords.Read<ReportedFollowUp>(saga.LatestFollowUp) is { } latest
                    ? new ReportedAssessment(latest.FollowUpId, latest.Date, latest.ReportedAt, latest.DailyDoseMg)
                    : null),
            LastRenewal = saga.RenewalStatus == RenewalStatus.UnderReview ? null : saga.RenewalStatus,
            RenewalCycle = saga.RenewalCycle,
            NextRenewalReminder = saga.NextRenewalReminder,
            SuspendedAt = saga.SuspendedAt,
            Taper = TaperOf(saga),
        };
    }

    /// <summary>Writes the case into the row; the state's name is the state machine's to set.</summary>
    public static void Write(CaseState state, ApprovalState saga)
    {
        saga.PrescriberId = state.PrescriberId;
        saga.DailyDoseMg = state.RequestedDailyDoseMg;
        saga.Urgency = state.Urgency;
        saga.SubmittedAt = state.SubmittedAt;
        if (state.Review is { } round)
        {
            saga.ReviewId = round.ReviewId;
            saga.RequiredReview = round.Requirement.Level;
            saga.RequiredSpecialists = round.Requirement.Specialists;
            saga.ReviewOpenedAt = round.OpenedAt;
            saga.ReviewDueAt = round.DueAt;
            saga.ReviewClockPausedAt = round.PausedAt;
            saga.ReviewClockPaused = round.Paused;
            saga.ReviewOverdue = round.Overdue;
            saga.ReviewRound = ReviewRoundColumn.Write(round.Opinions, round.Reviewers);
        }

        saga.ApprovedDailyDoseMg = state.ApprovedDailyDoseMg;
        saga.DecidedBy = state.DecidedBy;
        saga.DecidedAt = state.DecidedAt;
        saga.ClosedAt = state.ClosedAt;
        saga.ValidFrom = state.ValidFrom;
        saga.ValidUntil = state.ValidUntil;
        saga.LastFollowUpOn = state.FollowUps.LastAssessedOn is { } on ? ApprovalClocks.StartOf(on) : null;
        saga.NextFollowUpDue = state.FollowUps.NextDue;
        saga.FollowUpOverdue = state.FollowUps.Overdue;
        saga.RenewalStatus = state.RenewalStatus;
        saga.RenewalCycle = state.RenewalCycle;
        saga.NextRenewalReminder = state.NextRenewalReminder;
        saga.SuspendedAt = state.SuspendedAt;
        saga.Taper = state.Taper is { } taper ? JsonSerializer.Serialize(ScheduleOf(taper)) : null;
    }

    const string Tapering = "Tapering";

    /// <summary>The state machine's state for a case: its phase by name, an approval's with its tapering sub-state.</summary>
    public static string StateName(CaseState state) =>
        state.Phase.IsApproval() && state.Taper is not null ? $"{state.Phase}{Tapering}" : state.Phase.ToString();

    /// <summary>The phase a state names; a row from before the renewal state had its own name says <c>Approved</c> with a
    /// renewal under review.</summary>
    static CasePhase PhaseOf(ApprovalState saga)
    {
        var name = saga.CurrentState.EndsWith(Tapering, StringComparison.Ordinal) ? saga.CurrentState[..^Tapering.Length] : saga.CurrentState;
        return Enum.TryParse<CasePhase>(name, out var phase)
            ? phase == CasePhase.Approved && saga.RenewalStatus == RenewalStatus.UnderReview ? CasePhase.RenewalUnderReview : phase
            : CasePhase.None; // Initial: nothing submitted yet
    }

    static ReviewRound? RoundOf(ApprovalState saga, CasePhase phase, CaseTerms terms)
    {
        if (saga.ReviewId == Guid.Empty)
            return null; // denied by the protocol: no round ever opened
        var kind = phase == CasePhase.RenewalUnderReview || (phase.IsApproval() || phase is CasePhase.Revoked or CasePhase.Expired) && saga.RenewalStatus is not null
            ? ReviewKind.Renewal
            : ReviewKind.Initial;
        var acted = ReviewRoundColumn.Read(saga.ReviewRound);
        return new ReviewRound(saga.ReviewId, kind, new ReviewRequirement(saga.RequiredReview, saga.RequiredSpecialists),
            kind == ReviewKind.Renewal ? saga.ApprovedDailyDoseMg ?? saga.DailyDoseMg : saga.DailyDoseMg, saga.ReviewOpenedAt, saga.ReviewDueAt,
            kind == ReviewKind.Renewal ? saga.ValidUntil : null)
        {
            Status = StatusOf(phase, kind, saga.RenewalStatus),
            PausedAt = saga.ReviewClockPausedAt,
            AnswerDueAt = phase == CasePhase.AwaitingInformation && saga.ReviewClockPausedAt is { } pausedAt ? terms.InformationDeadline.EndFrom(pausedAt) : null,
            Paused = saga.ReviewClockPaused,
            Overdue = saga.ReviewOverdue,
            Opinions = acted.Opinions,
            Reviewers = acted.Reviewers,
        };
    }

    static ReviewStatus StatusOf(CasePhase phase, ReviewKind kind, RenewalStatus? renewal) => phase switch
    {
        CasePhase.UnderReview or CasePhase.RenewalUnderReview => ReviewStatus.Open,
        CasePhase.AwaitingInformation => ReviewStatus.AwaitingInformation,
        CasePhase.Withdrawn or CasePhase.Lapsed => ReviewStatus.Cancelled,
        _ when kind == ReviewKind.Renewal && renewal == RenewalStatus.Cancelled => ReviewStatus.Cancelled,
        _ => ReviewStatus.Decided,
    };

    static TaperOrder? TaperOf(ApprovalState saga) =>
        saga.Taper is { } json && JsonSerializer.Deserialize<TaperSchedule>(json) is { } schedule
            ? new TaperOrder(schedule.ProtocolVersion, new TaperPlan(saga.ApprovedDailyDoseMg ?? schedule.TargetDailyDoseMg, schedule.TargetDailyDoseMg,
                [.. schedule.Steps.Select(step => new TaperStep(step.From, step.DailyDoseMg))]))
            : null;

    public static TaperSchedule ScheduleOf(TaperOrder taper) =>
        new(taper.ProtocolVersion, taper.Plan.TargetDailyDoseMg, [.. taper.Plan.Steps.Select(step => new TaperDose(step.From, step.DailyDoseMg))]);
}
