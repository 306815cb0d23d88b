using Approvals.Contracts;

namespace Approvals.Domain.Cases;

/// <summary>How each event changes the state. No rule is judged here: <see cref="Decide"/> already did, and put the
/// outcome (due dates, windows, reminders) into the event.</summary>
public static partial class CaseDecider
{
    public static CaseState Evolve(CaseState state, CaseEvent @event) => @event switch
    {
        RequestSubmitted e => state with
        {
            Phase = CasePhase.Submitted,
            PrescriberId = e.PrescriberId,
            ProtocolId = e.ProtocolId,
            ProtocolVersion = e.ProtocolVersion,
            RequestedDailyDoseMg = e.DailyDoseMg,
            Urgency = e.Urgency,
            SubmittedAt = e.SubmittedAt,
            Terms = e.Terms,
        },
        DeniedByProtocol e => state with { Phase = CasePhase.Denied, DecidedBy = SystemActor, DecidedAt = e.At, ClosedAt = e.At },
        ReviewOpened e => state with
        {
            Phase = e.Round.Kind == ReviewKind.Renewal ? CasePhase.RenewalUnderReview : CasePhase.UnderReview,
            Review = e.Round,
        },
        OpinionGiven e => WithRound(state, r => r with { Opinions = [.. r.Opinions, e.Opinion] }),
        QuestionsAsked e => WithRound(state, r => r with
        {
            Status = ReviewStatus.AwaitingInformation,
            PausedAt = e.At,
            AnswerDueAt = e.AnswerDueAt,
            Reviewers = WithReviewer(r, e.ReviewerId),
        }) with { Phase = CasePhase.AwaitingInformation },
        QuestionsAnswered e => WithRound(state, r => r with
        {
            Status = ReviewStatus.Open, PausedAt = null, AnswerDueAt = null, DueAt = e.DueAt, Paused = e.Paused,
        }) with { Phase = CasePhase.UnderReview },
        ReviewersReminded => state,
        ReviewWentOverdue => WithRound(state, r => r with { Overdue = true }),
        RequestApproved e => Decided(state, e.ReviewerId, e.At) with
        {
            Phase = CasePhase.Approved,
            ApprovedDailyDoseMg = e.ApprovedDailyDoseMg,
            ValidFrom = e.ValidFrom,
            ValidUntil = e.ValidUntil,
            FollowUps = state.FollowUps with { NextDue = e.NextFollowUpDue },
            NextRenewalReminder = e.Reminders.Next,
        },
        RequestDenied e => Decided(state, e.ReviewerId, e.At) with { Phase = CasePhase.Denied, ClosedAt = e.At },
        CaseWithdrawn e => CancelRound(state) with { Phase = CasePhase.Withdrawn, ClosedAt = e.At },
        RequestLapsed e => CancelRound(state) with { Phase = CasePhase.Lapsed, ClosedAt = e.At },
        FollowUpRecorded e => state with
        {
            FollowUps = new FollowUpClock(e.LastAssessedOn, e.NextDue, e.Overdue,
                e.IsNewest ? new ReportedAssessment(e.FollowUpId, e.AssessedOn, e.ReportedAt, e.DailyDoseMg) : state.FollowUps.Latest),
        },
        FollowUpWentOverdue => state with { FollowUps = state.FollowUps with { Overdue = true } },
        TaperCompleted => state with { Taper = null },
        RenewalApproved e => Decided(state, e.ReviewerId, e.At) with
        {
            Phase = CasePhase.Approved,
            ApprovedDailyDoseMg = e.ApprovedDailyDoseMg,
            ValidFrom = e.ValidFrom,
            ValidUntil = e.ValidUntil,
            LastRenewal = RenewalStatus.Approved,
            RenewalCycle = e.Cycle,
            NextRenewalReminder = e.Reminders.Next,
        },
        RenewalDenied e => Decided(state, e.ReviewerId, e.At) with { Phase = CasePhase.Approved, LastRenewal = RenewalStatus.Denied },
        RenewalReviewCancelled => CancelRound(state) with { Phase = CasePhase.Approved, LastRenewal = RenewalStatus.Cancelled },
        RenewalReminderFired e => state with { NextRenewalReminder = e.Next.Next },
        ApprovalSuspended e => state with { Phase = CasePhase.Suspended, SuspendedAt = e.At },
        ApprovalReinstated e => state with { Phase = CasePhase.Approved, SuspendedAt = null, NextRenewalReminder = e.Reminders.Next },
        ApprovalRevoked e => state with { Phase = CasePhase.Revoked, ClosedAt = e.At },
        ValidityExpired e => state with { Phase = CasePhase.Expired, ClosedAt = e.ValidUntil },
        TaperImposed e => state with
        {
            Taper = new TaperOrder(e.ProtocolVersion, e.Plan),
            FollowUps = state.FollowUps with { NextDue = e.NextFollowUpDue },
        },
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "Not a case event."),
    };

    static CaseState WithRound(CaseState state, Func<ReviewRound, ReviewRound> change) => state with { Review = change(state.Review!) };

    static IReadOnlyList<string> WithReviewer(ReviewRound round, string reviewerId) =>
        round.Reviewers.Contains(reviewerId, StringComparer.Ordinal) ? round.Reviewers : [.. round.Reviewers, reviewerId];

    /// <summary>The round is decided: its reviewer joins those who may give no opinion on it.</summary>
    static CaseState Decided(CaseState state, string reviewerId, DateTimeOffset at) =>
        WithRound(state, r => r with { Status = ReviewStatus.Decided, Reviewers = WithReviewer(r, reviewerId), PausedAt = null })
            with { DecidedBy = reviewerId, DecidedAt = at };

    static CaseState CancelRound(CaseState state) =>
        state.Review is null ? state : WithRound(state, r => r with { Status = ReviewStatus.Cancelled, PausedAt = null, AnswerDueAt = null });
}
