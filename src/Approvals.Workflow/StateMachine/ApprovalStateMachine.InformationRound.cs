using Approvals.Contracts;
using Approvals.Messaging.Bus;
using MassTransit;

namespace Approvals.Workflow;

/// <summary>
/// Questions to the prescriber: the review clock stops while they are open and resumes, shifted by the pause, when the
/// answer arrives; no answer within the information deadline and the request lapses.
/// </summary>
public sealed partial class ApprovalStateMachine
{
    void DefineInformationRound()
    {
        During(UnderReview,
            When(InformationRequested)
                .Publish(ctx => NextEntry(ctx.Saga, RequestStatus.AwaitingInformation, ctx.Message.RequestedAt, ctx.Message.ReviewerId,
                    "Information requested", questions: ctx.Message.Questions, actor: Reviewer(ctx.Message.ReviewerName),
                    signature: ctx.Message.Signature))
                .Then(ctx => ctx.Saga.ReviewClockPausedAt = ctx.Message.RequestedAt)
                .With(StopReviewClock)
                .Schedule(InformationDeadline, ctx => new InformationDeadlineReached(ctx.Saga.CorrelationId),
                    ctx => (ctx.Message.RequestedAt + RulesFor(ctx.Saga).InformationDeadline).UtcDateTime)
                .TransitionTo(AwaitingInformation));

        During(AwaitingInformation,
            When(InformationProvided, ctx => ByPrescriber(ctx.Saga, ctx.Message.PrescriberId))
                .Unschedule(InformationDeadline)
                .Then(ctx => ResumeReviewClock(ctx.Saga, ctx.Message.ProvidedAt))
                .If(ctx => !ctx.Saga.ReviewOverdue && ReminderAt(ctx.Saga) > ctx.Message.ProvidedAt, resumed => resumed
                    .Schedule(ReviewReminder, ctx => new ReviewReminderDue(ctx.Saga.CorrelationId), ctx => ReminderAt(ctx.Saga).UtcDateTime))
                .If(ctx => !ctx.Saga.ReviewOverdue, resumed => resumed
                    .Schedule(ReviewDeadline, ctx => new ReviewDeadlineReached(ctx.Saga.CorrelationId), ctx => ctx.Saga.ReviewDueAt.UtcDateTime))
                .Send(ServiceAddresses.Review, ctx =>
                    new ResumeReview(ctx.Saga.CorrelationId, ctx.Saga.ReviewId, ctx.Message.Text, ctx.Message.ProvidedAt))
                .Publish(ctx => NextEntry(ctx.Saga, RequestStatus.UnderReview, ctx.Message.ProvidedAt, ctx.Message.PrescriberId, "Information provided",
                    actor: Prescriber(ctx.Message.PrescriberName)))
                .TransitionTo(UnderReview),
            When(InformationDeadline.Received)
                .Then(ctx => ctx.Saga.ClosedAt = _clock.GetUtcNow())
                .With(StopReviewClock)
                .Send(ServiceAddresses.Review, ctx =>
                    new CancelReview(ctx.Saga.CorrelationId, ctx.Saga.ReviewId, LapsedReason(ctx.Saga), _clock.GetUtcNow()))
                .Publish(ctx => NextEntry(ctx.Saga, RequestStatus.Lapsed, _clock.GetUtcNow(), SystemActor, LapsedReason(ctx.Saga)))
                .TransitionTo(Lapsed),
            WhenWithdrawn());
    }

    string LapsedReason(ApprovalState saga) =>
        $"No reply to the reviewer's questions within {RulesFor(saga).InformationDeadline.TotalDays:0.##} days";

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
}
