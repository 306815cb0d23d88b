using Approvals.Contracts;
using Approvals.Domain.Cases;
using Approvals.Domain.Protocols;
using Approvals.Messaging.Bus;
using MassTransit;

namespace Approvals.Workflow;

/// <summary>
/// What the saga does for each event the decider returned: timeline entries, events for the rest of the system,
/// commands to the review service, and timers set or cancelled, all from what the event carries. The row already holds
/// the case after the whole verdict, so every entry carries the terms as they stand after it.
/// </summary>
public sealed partial class ApprovalStateMachine
{
    Task Act<T>(BehaviorContext<ApprovalState, T> ctx, CaseEvent caseEvent, CaseState after, DateTimeOffset now)
        where T : class
    {
        object message = ctx.Message;
        return caseEvent switch
        {
            RequestSubmitted => ctx.Publish(NextEntry(ctx.Saga, RequestStatus.Submitted, after.SubmittedAt, after.PrescriberId, null,
                actor: Prescriber(((ApprovalRequested)message).PrescriberName))),
            DeniedByProtocol e => DenyByProtocol(ctx, e),
            ReviewOpened e => OpenRound(ctx, e, after.Review!, now, message as RenewalRequested),
            OpinionGiven => Task.CompletedTask,
            QuestionsAsked e => AskQuestions(ctx, e, (InformationRequested)message),
            QuestionsAnswered e => ResumeRound(ctx, e, after.Review!, (InformationProvided)message),
            ReviewersReminded e => ctx.Publish(new ReviewDeadlineApproaching(ctx.Saga.CorrelationId, e.ReviewId, e.DueAt, now)),
            ReviewWentOverdue e => MarkOverdue(ctx, e, after, now),
            RequestApproved e => Approve(ctx, e, (ReviewDecided)message),
            RequestDenied e => Deny(ctx, e, (ReviewDecided)message),
            CaseWithdrawn e => WithdrawRequest(ctx, e, (RequestWithdrawn)message),
            RequestLapsed e => Lapse(ctx, e),
            FollowUpRecorded e => RecordFollowUp(ctx, e, after, (FollowUpReported)message),
            FollowUpWentOverdue e => MarkFollowUpOverdue(ctx, e, after, now),
            TaperCompleted => Task.CompletedTask, // the follow-up's own entry shows the taper gone
            TaperImposed e => ImposeTaper(ctx, e, after),
            RenewalApproved e => RenewWindow(ctx, e, (ReviewDecided)message),
            RenewalDenied e => DenyRenewal(ctx, e, (ReviewDecided)message),
            RenewalReviewCancelled e => CancelRenewal(ctx, e),
            RenewalReminderFired e => RemindOfRenewal(ctx, e, now),
            ApprovalSuspended e => Suspend(ctx, e, (SuspensionOrdered)message),
            ApprovalReinstated e => Reinstate(ctx, e, (ReinstatementOrdered)message),
            ApprovalRevoked e => Revoke(ctx, e, (RevocationOrdered)message),
            ValidityExpired e => Expire(ctx, e, now),
            _ => throw new ArgumentOutOfRangeException(nameof(caseEvent), caseEvent.GetType().Name, "No effect defined for this case event."),
        };
    }

    static async Task DenyByProtocol(BehaviorContext<ApprovalState> ctx, DeniedByProtocol e)
    {
        // The protocol's own refusal, recorded like a reviewer's so the prescriber and auditors read it the same way.
        var decision = new DecisionRecord(DecisionOutcome.Deny, null, e.ReasonCode, e.Detail, SystemActor, e.At,
            ProtocolVersion: ctx.Saga.ProtocolVersion);
        await ctx.Publish(NextEntry(ctx.Saga, RequestStatus.Denied, e.At, SystemActor, e.Detail, decision));
        await ctx.Publish(new ApprovalDenied(ctx.Saga.CorrelationId, e.ReasonCode, e.Detail, SystemActor, e.At));
    }

    /// <summary>The round to open, with the case the reviewer reads; a renewal also carries its notes and the newest follow-up.</summary>
    async Task OpenRound(BehaviorContext<ApprovalState> ctx, ReviewOpened e, ReviewRound round, DateTimeOffset now, RenewalRequested? request)
    {
        var saga = ctx.Saga;
        var renewal = round.Kind == ReviewKind.Renewal;
        var review = await ctx.GetSendEndpoint(ServiceAddresses.Review);
        await review.Send(new OpenReview(saga.CorrelationId, round.ReviewId, round.Kind, saga.PrescriberId, saga.ProtocolId, saga.ProtocolVersion,
            round.DailyDoseMg, renewal ? Urgency.Standard : saga.Urgency, now, round.DueAt, round.ValidityStartsAt, round.Requirement,
            TermsFor(saga).Approval.MaxValidity, CaseRecords.Read<CaseContent>(saga.CaseContent), renewal ? e.RenewalNotes : null,
            renewal ? CaseRecords.Read<ReportedFollowUp>(saga.LatestFollowUp) : null), ctx.CancellationToken);
        if (renewal)
        {
            await ctx.Publish(NextEntry(saga, RequestStatus.Approved, round.OpenedAt, saga.PrescriberId,
                string.IsNullOrWhiteSpace(e.RenewalNotes) ? "Renewal requested" : $"Renewal requested: {e.RenewalNotes}",
                actor: Prescriber(request?.PrescriberName)));
        }
        else
            await ctx.Publish(NextEntry(saga, RequestStatus.UnderReview, now, SystemActor, "Review opened"));

        await StartReviewClock(ctx, round.ReminderAt, round.DueAt);
    }

    async Task StartReviewClock(BehaviorContext<ApprovalState> ctx, DateTimeOffset reminderAt, DateTimeOffset dueAt)
    {
        await Schedule(ctx, ReviewReminder, new ReviewReminderDue(ctx.Saga.CorrelationId), reminderAt);
        await Schedule(ctx, ReviewDeadline, new ReviewDeadlineReached(ctx.Saga.CorrelationId), dueAt);
    }

    Task StopReviewClock(BehaviorContext<ApprovalState> ctx) => Unschedule(ctx, ReviewReminder, ReviewDeadline);

    async Task AskQuestions(BehaviorContext<ApprovalState> ctx, QuestionsAsked e, InformationRequested m)
    {
        await ctx.Publish(NextEntry(ctx.Saga, RequestStatus.AwaitingInformation, e.At, e.ReviewerId, "Information requested",
            questions: e.Questions, actor: Reviewer(m.ReviewerName), signature: m.Signature));
        await StopReviewClock(ctx);
        await Schedule(ctx, InformationDeadline, new InformationDeadlineReached(ctx.Saga.CorrelationId), e.AnswerDueAt);
    }

    /// <summary>The clock resumes where it stood; once overdue it stays stopped (the overdue was told once), and a
    /// reminder whose moment has passed is not sent late.</summary>
    async Task ResumeRound(BehaviorContext<ApprovalState> ctx, QuestionsAnswered e, ReviewRound round, InformationProvided m)
    {
        await Unschedule(ctx, InformationDeadline);
        if (!round.Overdue && round.ReminderAt > e.At)
            await Schedule(ctx, ReviewReminder, new ReviewReminderDue(ctx.Saga.CorrelationId), round.ReminderAt);
        if (!round.Overdue)
            await Schedule(ctx, ReviewDeadline, new ReviewDeadlineReached(ctx.Saga.CorrelationId), e.DueAt);
        var review = await ctx.GetSendEndpoint(ServiceAddresses.Review);
        await review.Send(new ResumeReview(ctx.Saga.CorrelationId, e.ReviewId, e.Text, e.At, e.DueAt), ctx.CancellationToken);
        await ctx.Publish(NextEntry(ctx.Saga, RequestStatus.UnderReview, e.At, m.PrescriberId, "Information provided",
            actor: Prescriber(m.PrescriberName)));
    }

    static async Task MarkOverdue(BehaviorContext<ApprovalState> ctx, ReviewWentOverdue e, CaseState after, DateTimeOffset now)
    {
        await ctx.Publish(new ReviewOverdue(ctx.Saga.CorrelationId, e.ReviewId, e.DueAt, now));
        await ctx.Publish(NextEntry(ctx.Saga, after.Status, e.DueAt, SystemActor, $"Review overdue: no decision by {e.DueAt:u}"));
    }

    async Task Approve(BehaviorContext<ApprovalState> ctx, RequestApproved e, ReviewDecided m)
    {
        await StopReviewClock(ctx);
        await ctx.Publish(NextEntry(ctx.Saga, RequestStatus.Approved, e.At, e.ReviewerId, m.Rationale, DecisionOf(m, e.ApprovedDailyDoseMg),
            actor: Reviewer(m.ReviewerName)));
        await ctx.Publish(new ApprovalGranted(ctx.Saga.CorrelationId, e.ApprovedDailyDoseMg, e.Outcome == DecisionOutcome.ApproveModified,
            e.ReviewerId, e.At, m.ReviewerName));
        await Schedule(ctx, FollowUpTimer, new FollowUpDue(ctx.Saga.CorrelationId), e.NextFollowUpDue);
        await Schedule(ctx, ValidityEnd, new ValidityEnded(ctx.Saga.CorrelationId), e.ValidUntil);
        await ScheduleRenewalReminder(ctx, e.Reminders);
    }

    async Task Deny(BehaviorContext<ApprovalState> ctx, RequestDenied e, ReviewDecided m)
    {
        await StopReviewClock(ctx);
        await ctx.Publish(NextEntry(ctx.Saga, RequestStatus.Denied, e.At, e.ReviewerId, m.Rationale, DecisionOf(m, null),
            actor: Reviewer(m.ReviewerName)));
        await ctx.Publish(new ApprovalDenied(ctx.Saga.CorrelationId, e.ReasonCode, e.Rationale, e.ReviewerId, e.At, m.ReviewerName));
    }

    async Task WithdrawRequest(BehaviorContext<ApprovalState> ctx, CaseWithdrawn e, RequestWithdrawn m)
    {
        await StopReviewClock(ctx);
        await Unschedule(ctx, InformationDeadline);
        var review = await ctx.GetSendEndpoint(ServiceAddresses.Review);
        await review.Send(new CancelReview(ctx.Saga.CorrelationId, ctx.Saga.ReviewId, "Withdrawn by the prescriber", e.At), ctx.CancellationToken);
        await ctx.Publish(NextEntry(ctx.Saga, RequestStatus.Withdrawn, e.At, e.PrescriberId, e.Reason, actor: Prescriber(m.PrescriberName)));
    }

    async Task Lapse(BehaviorContext<ApprovalState> ctx, RequestLapsed e)
    {
        var reason = $"No reply to the reviewer's questions within {Spelled(e.InformationDeadline)}";
        await StopReviewClock(ctx);
        var review = await ctx.GetSendEndpoint(ServiceAddresses.Review);
        await review.Send(new CancelReview(ctx.Saga.CorrelationId, e.ReviewId, reason, e.At), ctx.CancellationToken);
        await ctx.Publish(NextEntry(ctx.Saga, RequestStatus.Lapsed, e.At, SystemActor, reason));
    }

    /// <summary>"14 days" for calendar time, as the trail always said; "5 working days (FR)" for working days.</summary>
    static string Spelled(AllowedTime allowed) =>
        allowed is CalendarTimeAllowed calendarTime ? $"{calendarTime.Length.TotalDays:0.##} days" : allowed.ToString();
}
