using Approvals.Contracts;
using MassTransit;

namespace Approvals.Workflow;

/// <summary>
/// Safety actions by reviewers and the end of an approval: suspension halts it (its window still runs out),
/// reinstatement lifts that, revocation ends it for good, and the end of the window without a renewal expires it.
/// </summary>
public sealed partial class ApprovalStateMachine
{
    public const string SuspensionCancelsRenewal =
        "The approval was suspended; the prescriber may ask for the renewal again once it is reinstated";

    void DefineSafetyActions()
    {
        During(Approved,
            When(SuspensionOrdered, ctx => !ByPrescriber(ctx.Saga, ctx.Message.ReviewerId))
                .Then(ctx => ctx.Saga.SuspendedAt = ctx.Message.At)
                // The renewal was asked for on the approval before the safety concern: it is cancelled, not held, and the
                // prescriber asks again (with a fresh follow-up) once the approval is reinstated.
                .With(CancelRenewalReview<SuspensionOrdered>(SuspensionCancelsRenewal))
                .Unschedule(RenewalReminder)
                .Publish(ctx => NextEntry(ctx.Saga, RequestStatus.Suspended, ctx.Message.At, ctx.Message.ReviewerId, ctx.Message.Reason,
                    actor: Reviewer(ctx.Message.ReviewerName), signature: ctx.Message.Signature))
                .TransitionTo(Suspended));

        During(Suspended,
            When(ReinstatementOrdered, ctx => !ByPrescriber(ctx.Saga, ctx.Message.ReviewerId))
                .Then(ctx => ctx.Saga.SuspendedAt = null)
                .With(ScheduleNextRenewalReminder)
                .Publish(ctx => NextEntry(ctx.Saga, RequestStatus.Approved, ctx.Message.At, ctx.Message.ReviewerId, ctx.Message.Reason,
                    actor: Reviewer(ctx.Message.ReviewerName)))
                .TransitionTo(Approved));

        During(Approved, Suspended,
            When(RevocationOrdered, ctx => !ByPrescriber(ctx.Saga, ctx.Message.ReviewerId))
                .Then(ctx => ctx.Saga.ClosedAt = ctx.Message.At)
                .With(CancelRenewalReview<RevocationOrdered>("The approval was revoked"))
                .With(StopApprovalClocks)
                .Publish(ctx => NextEntry(ctx.Saga, RequestStatus.Revoked, ctx.Message.At, ctx.Message.ReviewerId, ctx.Message.Reason,
                    actor: Reviewer(ctx.Message.ReviewerName), signature: ctx.Message.Signature))
                .TransitionTo(Revoked),
            When(ValidityEnd.Received)
                .Then(ctx => ctx.Saga.ClosedAt = ctx.Saga.ValidUntil)
                .With(CancelRenewalReview<ValidityEnded>("The approval expired before the renewal was decided"))
                .With(StopApprovalClocks)
                .Publish(ctx => new ApprovalExpired(ctx.Saga.CorrelationId, ctx.Saga.ValidUntil!.Value, _clock.GetUtcNow()))
                .Publish(ctx => NextEntry(ctx.Saga, RequestStatus.Expired, ctx.Saga.ValidUntil!.Value, SystemActor,
                    ctx.Saga.RenewalStatus == RenewalStatus.Denied
                        ? "Validity ended; the renewal was denied"
                        : "Validity ended without an approved renewal"))
                .TransitionTo(Expired));
    }
}
