using Approvals.Contracts;
using Approvals.Messaging.Bus;
using MassTransit;

namespace Approvals.Workflow;

/// <summary>
/// Renewal: reminders before the window ends, then a real review round (kind renewal, its own review clock). Approved,
/// the window moves forward; denied, the approval runs to the end of its window and expires.
/// </summary>
public sealed partial class ApprovalStateMachine
{
    void DefineRenewal() =>
        During(Approved,
            // One renewal at a time, and only for a window already running (a renewed one waiting to start is enough).
            When(RenewalRequested, ctx => CanOpenRenewal(ctx.Saga, ctx.Message) && HasRecentFollowUp(ctx.Saga, ctx.Message))
                .Then(ctx =>
                {
                    OpenRenewalReview(ctx.Saga, ctx.Message.RequestedAt);
                    RequireReview(ctx.Saga, ctx.Message.Requirement);
                })
                .Send(ServiceAddresses.Review, ctx =>
                    OpenReviewFor(ctx.Saga, ReviewKind.Renewal, ctx.Saga.ApprovedDailyDoseMg!.Value, ctx.Saga.ValidUntil, ctx.Message.Notes))
                .Publish(ctx => NextEntry(ctx.Saga, RequestStatus.Approved, ctx.Message.RequestedAt, ctx.Message.PrescriberId,
                    string.IsNullOrWhiteSpace(ctx.Message.Notes) ? "Renewal requested" : $"Renewal requested: {ctx.Message.Notes}",
                    actor: Prescriber(ctx.Message.PrescriberName)))
                .With(StartReviewClock),
            // Intake refuses this with 422; should it get here anyway, the prescriber sees why nothing opened.
            When(RenewalRequested, ctx => CanOpenRenewal(ctx.Saga, ctx.Message) && !HasRecentFollowUp(ctx.Saga, ctx.Message))
                .Publish(ctx => NextEntry(ctx.Saga, RequestStatus.Approved, ctx.Message.RequestedAt, SystemActor,
                    $"Renewal not opened: no follow-up assessed on or after {RulesFor(ctx.Saga).Approval.EarliestRecentFollowUp(ctx.Message.RequestedAt):yyyy-MM-dd}")),
            When(ReviewReminder.Received, ctx => RenewalUnderReview(ctx.Saga)).With(RemindReviewers),
            When(ReviewDeadline.Received, ctx => RenewalUnderReview(ctx.Saga)).With(MarkReviewOverdue),
            When(Decided, ctx => IsRenewalDecision(ctx.Saga, ctx.Message) && IsApproval(ctx.Message.Outcome))
                .Then(ctx =>
                {
                    RecordDecision(ctx.Saga, ctx.Message, ctx.Message.ApprovedDailyDoseMg ?? ctx.Saga.ApprovedDailyDoseMg);
                    RenewValidity(ctx.Saga, ctx.Message.ValidUntil);
                })
                .With(StopReviewClock)
                .Publish(ctx => NextEntry(ctx.Saga, RequestStatus.Approved, ctx.Message.DecidedAt, ctx.Message.ReviewerId,
                    $"Renewal approved: {ctx.Message.Rationale}", DecisionOf(ctx.Message, ctx.Saga.ApprovedDailyDoseMg),
                    actor: Reviewer(ctx.Message.ReviewerName)))
                .With(ScheduleValidityEnd)
                .With(ScheduleNextRenewalReminder),
            When(Decided, ctx => IsRenewalDecision(ctx.Saga, ctx.Message) && ctx.Message.Outcome == DecisionOutcome.Deny)
                .Then(ctx =>
                {
                    ctx.Saga.RenewalStatus = RenewalStatus.Denied;
                    ctx.Saga.DecidedBy = ctx.Message.ReviewerId;
                    ctx.Saga.DecidedAt = ctx.Message.DecidedAt;
                })
                .With(StopReviewClock)
                .Publish(ctx => NextEntry(ctx.Saga, RequestStatus.Approved, ctx.Message.DecidedAt, ctx.Message.ReviewerId,
                    $"Renewal denied; the approval ends on {ctx.Saga.ValidUntil:yyyy-MM-dd}: {ctx.Message.Rationale}",
                    DecisionOf(ctx.Message, null), actor: Reviewer(ctx.Message.ReviewerName))),
            When(RenewalReminder.Received)
                .Then(ctx => ctx.Saga.NextRenewalReminder = ctx.Message.Reminder + 1)
                .If(ctx => !RenewalUnderReview(ctx.Saga), b => b
                    .Publish(ctx => new RenewalDue(ctx.Saga.CorrelationId, ctx.Saga.PrescriberId, ctx.Saga.ValidUntil!.Value, _clock.GetUtcNow()))
                    .Publish(ctx => NextEntry(ctx.Saga, RequestStatus.Approved, _clock.GetUtcNow(), SystemActor,
                        $"Renewal reminder: the approval ends on {ctx.Saga.ValidUntil:yyyy-MM-dd}")))
                .With(ScheduleNextRenewalReminder));

    void OpenRenewalReview(ApprovalState saga, DateTimeOffset requestedAt)
    {
        saga.RenewalStatus = RenewalStatus.UnderReview;
        saga.ReviewId = NewId.NextGuid();
        saga.ReviewOpenedAt = requestedAt;
        saga.ReviewDueAt = RulesFor(saga).Clocks.DueAt(Urgency.Standard, requestedAt);
        saga.ReviewOverdue = false;
        saga.ReviewClockPaused = TimeSpan.Zero;
        saga.ReviewClockPausedAt = null;
    }

    /// <summary>Asked for by the request's prescriber (another's is refused elsewhere), with no renewal open and the window running.</summary>
    static bool CanOpenRenewal(ApprovalState saga, RenewalRequested request) =>
        ByPrescriber(saga, request.PrescriberId) && saga.RenewalStatus != RenewalStatus.UnderReview && saga.ValidFrom <= request.RequestedAt;

    /// <summary>The saga's own newest follow-up, or intake's if that message has not arrived yet.</summary>
    bool HasRecentFollowUp(ApprovalState saga, RenewalRequested request)
    {
        var own = saga.LastFollowUpOn is { } on ? DateOnly.FromDateTime(on.UtcDateTime) : (DateOnly?)null;
        var latest = own > request.LatestFollowUpOn || request.LatestFollowUpOn is null ? own : request.LatestFollowUpOn;
        return RulesFor(saga).Approval.HasRecentFollowUp(latest, request.RequestedAt);
    }

    static bool RenewalUnderReview(ApprovalState saga) => saga.RenewalStatus == RenewalStatus.UnderReview;

    /// <summary>Only the decision of the renewal review now open counts; the initial review's, redelivered, does not.</summary>
    static bool IsRenewalDecision(ApprovalState saga, ReviewDecided decision) =>
        RenewalUnderReview(saga) && decision.ReviewId == saga.ReviewId;

    /// <summary>A renewal review still open when the approval is halted or ends is taken out of the reviewers' queue.</summary>
    Func<EventActivityBinder<ApprovalState, T>, EventActivityBinder<ApprovalState, T>> CancelRenewalReview<T>(string reason)
        where T : class =>
        binder => binder.If(ctx => RenewalUnderReview(ctx.Saga), b => b
            .Then(ctx => ctx.Saga.RenewalStatus = RenewalStatus.Cancelled)
            .With(StopReviewClock)
            .Send(ServiceAddresses.Review, ctx => new CancelReview(ctx.Saga.CorrelationId, ctx.Saga.ReviewId, reason, _clock.GetUtcNow())));
}
