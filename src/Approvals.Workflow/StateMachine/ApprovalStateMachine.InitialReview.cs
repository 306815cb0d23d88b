using Approvals.Contracts;
using Approvals.Messaging.Bus;
using MassTransit;

namespace Approvals.Workflow;

/// <summary>Submission, the review clock, the initial decision and withdrawal.</summary>
public sealed partial class ApprovalStateMachine
{
    void DefineInitialReview()
    {
        Initially(
            When(Requested, ctx => ctx.Message.AutomaticDenial is not null)
                .Then(ctx =>
                {
                    Register(ctx.Saga, ctx.Message);
                    ctx.Saga.DecidedBy = SystemActor;
                    ctx.Saga.DecidedAt = ctx.Message.SubmittedAt;
                    ctx.Saga.ClosedAt = ctx.Message.SubmittedAt;
                })
                .Publish(ctx => NextEntry(ctx.Saga, RequestStatus.Submitted, ctx.Message.SubmittedAt, ctx.Message.PrescriberId, null,
                    actor: Prescriber(ctx.Message.PrescriberName)))
                .Publish(ctx => NextEntry(ctx.Saga, RequestStatus.Denied, ctx.Message.SubmittedAt, SystemActor,
                    ctx.Message.AutomaticDenial!.Rationale, AutomaticDecision(ctx.Message)))
                .Publish(ctx => new ApprovalDenied(ctx.Saga.CorrelationId, ctx.Message.AutomaticDenial!.ReasonCode,
                    ctx.Message.AutomaticDenial.Rationale, SystemActor, ctx.Message.SubmittedAt))
                .TransitionTo(Denied),
            When(Requested, ctx => ctx.Message.AutomaticDenial is null)
                .Then(ctx =>
                {
                    var m = ctx.Message;
                    Register(ctx.Saga, m);
                    RequireReview(ctx.Saga, m.Requirement);
                    ctx.Saga.ReviewId = NewId.NextGuid();
                    ctx.Saga.ReviewOpenedAt = m.SubmittedAt;
                    ctx.Saga.ReviewDueAt = RulesFor(ctx.Saga).Clocks.DueAt(m.Urgency, m.SubmittedAt);
                })
                .Publish(ctx => NextEntry(ctx.Saga, RequestStatus.Submitted, ctx.Message.SubmittedAt, ctx.Message.PrescriberId, null,
                    actor: Prescriber(ctx.Message.PrescriberName)))
                .Send(ServiceAddresses.Review, ctx => OpenReviewFor(ctx.Saga, ReviewKind.Initial, ctx.Saga.DailyDoseMg, validityStartsAt: null))
                .Publish(ctx => NextEntry(ctx.Saga, RequestStatus.UnderReview, _clock.GetUtcNow(), SystemActor, "Review opened"))
                .With(StartReviewClock)
                .TransitionTo(UnderReview));

        During(UnderReview,
            When(ReviewReminder.Received).With(RemindReviewers),
            When(ReviewDeadline.Received).With(MarkReviewOverdue),
            When(Decided, ctx => IsApproval(ctx.Message.Outcome))
                .Then(ctx =>
                {
                    RecordDecision(ctx.Saga, ctx.Message, ctx.Message.ApprovedDailyDoseMg ?? ctx.Saga.DailyDoseMg);
                    StartValidity(ctx.Saga, ctx.Message.DecidedAt, ctx.Message.ValidUntil);
                })
                .With(StopReviewClock)
                .Publish(ctx => NextEntry(ctx.Saga, RequestStatus.Approved, ctx.Message.DecidedAt, ctx.Message.ReviewerId,
                    ctx.Message.Rationale, DecisionOf(ctx.Message, ctx.Saga.ApprovedDailyDoseMg), actor: Reviewer(ctx.Message.ReviewerName)))
                .Publish(ctx => new ApprovalGranted(ctx.Saga.CorrelationId, ctx.Saga.ApprovedDailyDoseMg!.Value,
                    ctx.Message.Outcome == DecisionOutcome.ApproveModified, ctx.Message.ReviewerId, ctx.Message.DecidedAt, ctx.Message.ReviewerName))
                .With(StartApprovalClocks)
                .TransitionTo(Approved),
            When(Decided, ctx => ctx.Message.Outcome == DecisionOutcome.Deny)
                .Then(ctx =>
                {
                    RecordDecision(ctx.Saga, ctx.Message, approvedDose: null);
                    ctx.Saga.ClosedAt = ctx.Message.DecidedAt;
                })
                .With(StopReviewClock)
                .Publish(ctx => NextEntry(ctx.Saga, RequestStatus.Denied, ctx.Message.DecidedAt, ctx.Message.ReviewerId,
                    ctx.Message.Rationale, DecisionOf(ctx.Message, null), actor: Reviewer(ctx.Message.ReviewerName)))
                .Publish(ctx => new ApprovalDenied(ctx.Saga.CorrelationId, ctx.Message.ReasonCode!,
                    ctx.Message.Rationale!, ctx.Message.ReviewerId, ctx.Message.DecidedAt, ctx.Message.ReviewerName))
                .TransitionTo(Denied),
            WhenWithdrawn());
    }

    EventActivities<ApprovalState> WhenWithdrawn() =>
        When(WithdrawalRequested, ctx => ByPrescriber(ctx.Saga, ctx.Message.PrescriberId))
            .Then(ctx => ctx.Saga.ClosedAt = ctx.Message.WithdrawnAt)
            .With(StopReviewClock)
            .Unschedule(InformationDeadline)
            .Send(ServiceAddresses.Review, ctx =>
                new CancelReview(ctx.Saga.CorrelationId, ctx.Saga.ReviewId, "Withdrawn by the prescriber", ctx.Message.WithdrawnAt))
            .Publish(ctx => NextEntry(ctx.Saga, RequestStatus.Withdrawn, ctx.Message.WithdrawnAt, ctx.Message.PrescriberId, ctx.Message.Reason,
                actor: Prescriber(ctx.Message.PrescriberName)))
            .TransitionTo(Withdrawn);

    EventActivityBinder<ApprovalState, T> StartReviewClock<T>(EventActivityBinder<ApprovalState, T> binder)
        where T : class =>
        binder
            .Schedule(ReviewReminder, ctx => new ReviewReminderDue(ctx.Saga.CorrelationId), ctx => ReminderAt(ctx.Saga).UtcDateTime)
            .Schedule(ReviewDeadline, ctx => new ReviewDeadlineReached(ctx.Saga.CorrelationId), ctx => ctx.Saga.ReviewDueAt.UtcDateTime);

    EventActivityBinder<ApprovalState, T> StopReviewClock<T>(EventActivityBinder<ApprovalState, T> binder)
        where T : class =>
        binder.Unschedule(ReviewReminder).Unschedule(ReviewDeadline);

    EventActivityBinder<ApprovalState, ReviewReminderDue> RemindReviewers(EventActivityBinder<ApprovalState, ReviewReminderDue> binder) =>
        binder.Publish(ctx => new ReviewDeadlineApproaching(ctx.Saga.CorrelationId, ctx.Saga.ReviewId, ctx.Saga.ReviewDueAt, _clock.GetUtcNow()));

    /// <summary>Once per review round: the flag is set, the event published and the timeline told, by the system.</summary>
    EventActivityBinder<ApprovalState, ReviewDeadlineReached> MarkReviewOverdue(EventActivityBinder<ApprovalState, ReviewDeadlineReached> binder) =>
        binder
            .Then(ctx => ctx.Saga.ReviewOverdue = true)
            .Publish(ctx => new ReviewOverdue(ctx.Saga.CorrelationId, ctx.Saga.ReviewId, ctx.Saga.ReviewDueAt, _clock.GetUtcNow()))
            .Publish(ctx => NextEntry(ctx.Saga, CurrentStatus(ctx.Saga), ctx.Saga.ReviewDueAt, SystemActor,
                $"Review overdue: no decision by {ctx.Saga.ReviewDueAt:u}"));

    /// <summary>Reviewers are reminded when 80% of the review clock has passed.</summary>
    static DateTimeOffset ReminderAt(ApprovalState saga) =>
        saga.ReviewOpenedAt + saga.ReviewClockPaused + (saga.ReviewDueAt - saga.ReviewClockPaused - saga.ReviewOpenedAt) * 0.8;

    static void Register(ApprovalState saga, ApprovalRequested m)
    {
        saga.PrescriberId = m.PrescriberId;
        saga.ProtocolId = m.ProtocolId;
        saga.ProtocolVersion = m.ProtocolVersion;
        saga.DailyDoseMg = m.DailyDoseMg;
        saga.Urgency = m.Urgency;
        saga.SubmittedAt = m.SubmittedAt;
        saga.ProtocolTerms = CaseRules.Serialize(m.Terms);
        saga.CaseContent = CaseRecords.Write(new CaseContent(m.Patient, m.Indication, m.Justification, m.PriorTreatments ?? [],
            m.PatientConsent));
    }

    /// <summary>The protocol's own refusal, recorded like a reviewer's so the prescriber and auditors read it the same way.</summary>
    static DecisionRecord AutomaticDecision(ApprovalRequested m) =>
        new(DecisionOutcome.Deny, null, m.AutomaticDenial!.ReasonCode, m.AutomaticDenial.Rationale, SystemActor, m.SubmittedAt,
            ProtocolVersion: m.ProtocolVersion);

    static bool IsApproval(DecisionOutcome outcome) => outcome is DecisionOutcome.Approve or DecisionOutcome.ApproveModified;

    static void RecordDecision(ApprovalState saga, ReviewDecided decision, decimal? approvedDose)
    {
        saga.ApprovedDailyDoseMg = approvedDose;
        saga.DecidedBy = decision.ReviewerId;
        saga.DecidedAt = decision.DecidedAt;
    }

    /// <summary>The round to open, with the case the reviewer reads; a renewal also carries its notes and the newest follow-up.</summary>
    OpenReview OpenReviewFor(ApprovalState saga, ReviewKind kind, decimal dose, DateTimeOffset? validityStartsAt, string? renewalNotes = null) =>
        new(saga.CorrelationId, saga.ReviewId, kind, saga.PrescriberId, saga.ProtocolId, saga.ProtocolVersion,
            dose, kind == ReviewKind.Initial ? saga.Urgency : Urgency.Standard, _clock.GetUtcNow(), saga.ReviewDueAt, validityStartsAt,
            new ReviewRequirement(saga.RequiredReview, saga.RequiredSpecialists), RulesFor(saga).Approval.MaxValidity,
            CaseRecords.Read<CaseContent>(saga.CaseContent),
            kind == ReviewKind.Renewal ? renewalNotes : null,
            kind == ReviewKind.Renewal ? CaseRecords.Read<ReportedFollowUp>(saga.LatestFollowUp) : null);

    /// <summary>Intake judged the dose against the protocol version; a message without a requirement needs one reviewer.</summary>
    static void RequireReview(ApprovalState saga, ReviewRequirement? requirement)
    {
        saga.RequiredReview = requirement?.Level ?? ReviewLevel.Single;
        saga.RequiredSpecialists = requirement?.Specialists ?? 0;
    }
}
