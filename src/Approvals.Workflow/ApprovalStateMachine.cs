using Approvals.Contracts;
using Approvals.Domain;
using Approvals.Messaging.Bus;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Approvals.Workflow;

/// <summary>
/// The request lifecycle: Submitted → UnderReview ⇄ AwaitingInformation → Approved | Denied, Withdrawn from any
/// non-final state, Lapsed when a question stays unanswered past its deadline. Every transition publishes a <see cref="RequestStatusChanged"/> timeline entry. Late or repeated
/// messages in a state that no longer expects them are ignored, so a duplicate never changes a case twice.
/// </summary>
public sealed class ApprovalStateMachine : MassTransitStateMachine<ApprovalState>
{
    public const string SystemActor = "system";

    public ApprovalStateMachine(IOptions<WorkflowOptions> options, TimeProvider clock)
    {
        var clocks = options.Value.ReviewClocks;

        InstanceState(x => x.CurrentState);

        Event(() => Requested, e => e.CorrelateById(m => m.Message.RequestId));
        // A later event can overtake the submission that creates the saga (separate outboxes, competing consumers):
        // faulting sends it through the retry policy until the saga exists, and to the error queue if it never does.
        Event(() => Decided, e => e.CorrelateById(m => m.Message.RequestId).OnMissingInstance(m => m.Fault()));
        Event(() => InformationRequested, e => e.CorrelateById(m => m.Message.RequestId).OnMissingInstance(m => m.Fault()));
        Event(() => InformationProvided, e => e.CorrelateById(m => m.Message.RequestId).OnMissingInstance(m => m.Fault()));
        Event(() => WithdrawalRequested, e => e.CorrelateById(m => m.Message.RequestId).OnMissingInstance(m => m.Fault()));

        Schedule(() => ReviewReminder, x => x.ReviewReminderTokenId, s => s.Received = r => r.CorrelateById(m => m.Message.RequestId));
        Schedule(() => ReviewDeadline, x => x.ReviewDeadlineTokenId, s => s.Received = r => r.CorrelateById(m => m.Message.RequestId));
        Schedule(() => InformationDeadline, x => x.InformationDeadlineTokenId, s => s.Received = r => r.CorrelateById(m => m.Message.RequestId));

        Initially(
            When(Requested)
                .Then(ctx =>
                {
                    var m = ctx.Message;
                    ctx.Saga.PrescriberId = m.PrescriberId;
                    ctx.Saga.ProtocolId = m.ProtocolId;
                    ctx.Saga.ProtocolVersion = m.ProtocolVersion;
                    ctx.Saga.DailyDoseMg = m.DailyDoseMg;
                    ctx.Saga.Urgency = m.Urgency;
                    ctx.Saga.SubmittedAt = m.SubmittedAt;
                    ctx.Saga.ReviewId = NewId.NextGuid();
                    ctx.Saga.ReviewDueAt = clocks.DueAt(m.Urgency, m.SubmittedAt);
                })
                .Publish(ctx =>
                    NextEntry(ctx.Saga, RequestStatus.Submitted, ctx.Message.SubmittedAt, ctx.Message.PrescriberId, null,
                        actor: (ctx.Message.PrescriberName, ActorRoles.Prescriber)))
                .Send(ServiceAddresses.Review, ctx => OpenReviewFor(ctx.Saga, clock.GetUtcNow()))
                .Publish(ctx =>
                    NextEntry(ctx.Saga, RequestStatus.UnderReview, clock.GetUtcNow(), SystemActor, "Review opened"))
                .Schedule(ReviewReminder, ctx => new ReviewReminderDue(ctx.Saga.CorrelationId), ctx => ReminderAt(ctx.Saga).UtcDateTime)
                .Schedule(ReviewDeadline, ctx => new ReviewDeadlineReached(ctx.Saga.CorrelationId), ctx => ctx.Saga.ReviewDueAt.UtcDateTime)
                .TransitionTo(UnderReview));

        // The review clock runs while the review is with the reviewers; it stops while the prescriber is asked for
        // information and resumes, shifted by the pause, when the answer arrives.
        During(UnderReview,
            When(ReviewReminder.Received)
                .Publish(ctx => new ReviewDeadlineApproaching(ctx.Saga.CorrelationId, ctx.Saga.ReviewId, ctx.Saga.ReviewDueAt, clock.GetUtcNow())),
            When(ReviewDeadline.Received)
                .Then(ctx => ctx.Saga.ReviewOverdue = true)
                .Publish(ctx => new ReviewOverdue(ctx.Saga.CorrelationId, ctx.Saga.ReviewId, ctx.Saga.ReviewDueAt, clock.GetUtcNow())));

        During(UnderReview,
            Ignore(Requested),
            Ignore(InformationProvided),
            When(Decided, ctx => ctx.Message.Outcome is DecisionOutcome.Approve or DecisionOutcome.ApproveModified)
                .Then(ctx => RecordDecision(ctx.Saga, ctx.Message, ctx.Message.ApprovedDailyDoseMg ?? ctx.Saga.DailyDoseMg))
                .Unschedule(ReviewReminder)
                .Unschedule(ReviewDeadline)
                .Publish(ctx =>
                    NextEntry(ctx.Saga, RequestStatus.Approved, ctx.Message.DecidedAt, ctx.Message.ReviewerId, ctx.Message.Rationale,
                        DecisionOf(ctx.Message, ctx.Saga.ApprovedDailyDoseMg), actor: (ctx.Message.ReviewerName, ActorRoles.Reviewer)))
                .Publish(ctx => new ApprovalGranted(ctx.Saga.CorrelationId, ctx.Saga.ApprovedDailyDoseMg!.Value,
                    ctx.Message.Outcome == DecisionOutcome.ApproveModified, ctx.Message.ReviewerId, ctx.Message.DecidedAt, ctx.Message.ReviewerName))
                .TransitionTo(Approved),
            When(Decided, ctx => ctx.Message.Outcome == DecisionOutcome.Deny)
                .Then(ctx => RecordDecision(ctx.Saga, ctx.Message, approvedDose: null))
                .Unschedule(ReviewReminder)
                .Unschedule(ReviewDeadline)
                .Publish(ctx =>
                    NextEntry(ctx.Saga, RequestStatus.Denied, ctx.Message.DecidedAt, ctx.Message.ReviewerId, ctx.Message.Rationale,
                        DecisionOf(ctx.Message, null), actor: (ctx.Message.ReviewerName, ActorRoles.Reviewer)))
                .Publish(ctx => new ApprovalDenied(ctx.Saga.CorrelationId, ctx.Message.ReasonCode!,
                    ctx.Message.Rationale!, ctx.Message.ReviewerId, ctx.Message.DecidedAt, ctx.Message.ReviewerName))
                .TransitionTo(Denied),
            When(InformationRequested)
                .Publish(ctx =>
                    NextEntry(ctx.Saga, RequestStatus.AwaitingInformation, ctx.Message.RequestedAt, ctx.Message.ReviewerId,
                        "Information requested", questions: ctx.Message.Questions, actor: (ctx.Message.ReviewerName, ActorRoles.Reviewer)))
                .Then(ctx => ctx.Saga.ReviewClockPausedAt = ctx.Message.RequestedAt)
                .Unschedule(ReviewReminder)
                .Unschedule(ReviewDeadline)
                .Schedule(InformationDeadline, ctx => new InformationDeadlineReached(ctx.Saga.CorrelationId),
                    ctx => (ctx.Message.RequestedAt + options.Value.InformationDeadline).UtcDateTime)
                .TransitionTo(AwaitingInformation),
            WhenWithdrawn());

        During(AwaitingInformation,
            Ignore(Requested),
            Ignore(InformationRequested),
            Ignore(ReviewReminder.Received),
            Ignore(ReviewDeadline.Received),
            When(InformationProvided)
                .Unschedule(InformationDeadline)
                .Then(ctx => ResumeReviewClock(ctx.Saga, ctx.Message.ProvidedAt))
                .If(ctx => !ctx.Saga.ReviewOverdue && ReminderAt(ctx.Saga) > ctx.Message.ProvidedAt, resumed => resumed
                    .Schedule(ReviewReminder, ctx => new ReviewReminderDue(ctx.Saga.CorrelationId), ctx => ReminderAt(ctx.Saga).UtcDateTime))
                .If(ctx => !ctx.Saga.ReviewOverdue, resumed => resumed
                    .Schedule(ReviewDeadline, ctx => new ReviewDeadlineReached(ctx.Saga.CorrelationId), ctx => ctx.Saga.ReviewDueAt.UtcDateTime))
                .Send(ServiceAddresses.Review, ctx =>
                    new ResumeReview(ctx.Saga.CorrelationId, ctx.Saga.ReviewId, ctx.Message.Text, ctx.Message.ProvidedAt))
                .Publish(ctx =>
                    NextEntry(ctx.Saga, RequestStatus.UnderReview, ctx.Message.ProvidedAt, ctx.Message.PrescriberId, "Information provided",
                        actor: (ctx.Message.PrescriberName, ActorRoles.Prescriber)))
                .TransitionTo(UnderReview),
            When(InformationDeadline.Received)
                .Then(ctx => ctx.Saga.ClosedAt = clock.GetUtcNow())
                .Unschedule(ReviewReminder)
                .Unschedule(ReviewDeadline)
                .Send(ServiceAddresses.Review, ctx =>
                    new CancelReview(ctx.Saga.CorrelationId, ctx.Saga.ReviewId, LapsedReason(options.Value), clock.GetUtcNow()))
                .Publish(ctx => NextEntry(ctx.Saga, RequestStatus.Lapsed, clock.GetUtcNow(), SystemActor, LapsedReason(options.Value)))
                .TransitionTo(Lapsed),
            WhenWithdrawn());

        // A decision, answer or withdrawal that raced a final transition lost the race: nothing more happens.
        During(Approved, Denied, Withdrawn, Lapsed,
            Ignore(Requested),
            Ignore(Decided),
            Ignore(InformationRequested),
            Ignore(InformationProvided),
            Ignore(WithdrawalRequested),
            Ignore(ReviewReminder.Received),
            Ignore(ReviewDeadline.Received),
            Ignore(InformationDeadline.Received));

        // A deadline that fired while its cancellation was on the way: the question was answered meanwhile.
        During(UnderReview, Ignore(InformationDeadline.Received));
    }

    public State UnderReview { get; } = null!;
    public State AwaitingInformation { get; } = null!;
    public State Approved { get; } = null!;
    public State Denied { get; } = null!;
    public State Withdrawn { get; } = null!;
    public State Lapsed { get; } = null!;

    public Event<ApprovalRequested> Requested { get; } = null!;
    public Event<ReviewDecided> Decided { get; } = null!;
    public Event<InformationRequested> InformationRequested { get; } = null!;
    public Event<InformationProvided> InformationProvided { get; } = null!;
    public Event<RequestWithdrawn> WithdrawalRequested { get; } = null!;

    public Schedule<ApprovalState, ReviewReminderDue> ReviewReminder { get; } = null!;
    public Schedule<ApprovalState, ReviewDeadlineReached> ReviewDeadline { get; } = null!;
    public Schedule<ApprovalState, InformationDeadlineReached> InformationDeadline { get; } = null!;

    static string LapsedReason(WorkflowOptions options) =>
        $"No reply to the reviewer's questions within {options.InformationDeadline.TotalDays:0.##} days";

    /// <summary>The time spent waiting for the prescriber does not count against the reviewers.</summary>
    static void ResumeReviewClock(ApprovalState saga, DateTimeOffset resumedAt)
    {
        if (saga.ReviewClockPausedAt is { } pausedAt && !saga.ReviewOverdue)
        {
            var paused = resumedAt - pausedAt;
            saga.ReviewDueAt += paused;
            saga.ReviewClockPaused += paused;
        }

        saga.ReviewClockPausedAt = null;
    }

    /// <summary>Reviewers are reminded when 80% of the review clock has passed.</summary>
    static DateTimeOffset ReminderAt(ApprovalState saga) =>
        saga.SubmittedAt + saga.ReviewClockPaused + (saga.ReviewDueAt - saga.ReviewClockPaused - saga.SubmittedAt) * 0.8;

    EventActivities<ApprovalState> WhenWithdrawn() =>
        When(WithdrawalRequested)
            .Then(ctx => ctx.Saga.ClosedAt = ctx.Message.WithdrawnAt)
            .Unschedule(ReviewReminder)
            .Unschedule(ReviewDeadline)
            .Unschedule(InformationDeadline)
            .Send(ServiceAddresses.Review, ctx =>
                new CancelReview(ctx.Saga.CorrelationId, ctx.Saga.ReviewId, "Withdrawn by the prescriber", ctx.Message.WithdrawnAt))
            .Publish(ctx =>
                NextEntry(ctx.Saga, RequestStatus.Withdrawn, ctx.Message.WithdrawnAt, ctx.Message.PrescriberId, ctx.Message.Reason,
                    actor: (ctx.Message.PrescriberName, ActorRoles.Prescriber)))
            .TransitionTo(Withdrawn);

    static void RecordDecision(ApprovalState saga, ReviewDecided decision, decimal? approvedDose)
    {
        saga.ApprovedDailyDoseMg = approvedDose;
        saga.DecidedBy = decision.ReviewerId;
        saga.DecidedAt = decision.DecidedAt;
        saga.ClosedAt = decision.DecidedAt;
    }

    static DecisionRecord DecisionOf(ReviewDecided decision, decimal? approvedDose) =>
        new(decision.Outcome, approvedDose, decision.ReasonCode, decision.Rationale, decision.ReviewerId, decision.DecidedAt);

    static OpenReview OpenReviewFor(ApprovalState saga, DateTimeOffset now) =>
        new(saga.CorrelationId, saga.ReviewId, ReviewKind.Initial, saga.PrescriberId, saga.ProtocolId, saga.ProtocolVersion,
            saga.DailyDoseMg, saga.Urgency, now, saga.ReviewDueAt);

    /// <param name="actor">Printed name and role for the audit trail; omitted, the entry is the system's own step.</param>
    static RequestStatusChanged NextEntry(ApprovalState saga, RequestStatus status, DateTimeOffset at, string actorId, string? reason,
        DecisionRecord? decision = null, IReadOnlyList<string>? questions = null, (string? Name, string Role)? actor = null) =>
        new(saga.CorrelationId, ++saga.TimelineSequence, status, at, actorId, reason, decision, questions,
            actor is null ? SystemActor : actor.Value.Name, actor?.Role ?? ActorRoles.System);
}
