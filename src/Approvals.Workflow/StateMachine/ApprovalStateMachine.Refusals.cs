using System.Text.Json;
using Approvals.Contracts;
using MassTransit;
using Microsoft.AspNetCore.Http;

namespace Approvals.Workflow;

/// <summary>
/// The saga arbitrates between steps that race: a step that reaches it in a state that forbids it, or from someone it
/// does not belong to, changes nothing and is refused aloud (<see cref="AttemptRefused"/>, shown on the request and
/// recorded in the audit trail), so nothing accepted disappears without trace. Only a request's prescriber acts as
/// its prescriber, whatever other roles they hold; nobody orders a safety action on their own prescription.
/// </summary>
public sealed partial class ApprovalStateMachine
{
    void DefineRefusals()
    {
        DuringAny(
            When(WithdrawalRequested, ctx => !ByPrescriber(ctx.Saga, ctx.Message.PrescriberId))
                .Publish(ctx => NotThePrescriber(ctx.Saga, RequestSteps.Withdrawal, ctx.Message.PrescriberId, ctx.Message.PrescriberName)),
            When(InformationProvided, ctx => !ByPrescriber(ctx.Saga, ctx.Message.PrescriberId))
                .Publish(ctx => NotThePrescriber(ctx.Saga, RequestSteps.Information, ctx.Message.PrescriberId, ctx.Message.PrescriberName)),
            When(FollowUpReported, ctx => !ByPrescriber(ctx.Saga, ctx.Message.PrescriberId))
                .Publish(ctx => NotThePrescriber(ctx.Saga, RequestSteps.FollowUp, ctx.Message.PrescriberId, ctx.Message.PrescriberName)),
            When(RenewalRequested, ctx => !ByPrescriber(ctx.Saga, ctx.Message.PrescriberId))
                .Publish(ctx => NotThePrescriber(ctx.Saga, RequestSteps.Renewal, ctx.Message.PrescriberId, ctx.Message.PrescriberName)),
            When(SuspensionOrdered, ctx => ByPrescriber(ctx.Saga, ctx.Message.ReviewerId))
                .Publish(ctx => OwnPrescription(ctx.Saga, RequestSteps.Suspension, ctx.Message.ReviewerId, ctx.Message.ReviewerName,
                    ctx.Message.OrderId)),
            When(ReinstatementOrdered, ctx => ByPrescriber(ctx.Saga, ctx.Message.ReviewerId))
                .Publish(ctx => OwnPrescription(ctx.Saga, RequestSteps.Reinstatement, ctx.Message.ReviewerId, ctx.Message.ReviewerName,
                    ctx.Message.OrderId)),
            When(RevocationOrdered, ctx => ByPrescriber(ctx.Saga, ctx.Message.ReviewerId))
                .Publish(ctx => OwnPrescription(ctx.Saga, RequestSteps.Revocation, ctx.Message.ReviewerId, ctx.Message.ReviewerName,
                    ctx.Message.OrderId)));

        // Once decided or ended, a withdrawal comes too late: the decision that got here first stands.
        During(AllStatesBut(UnderReview, AwaitingInformation),
            When(WithdrawalRequested, ctx => ByPrescriber(ctx.Saga, ctx.Message.PrescriberId))
                .Publish(ctx => OutOfOrder(ctx.Saga, RequestSteps.Withdrawal, ctx.Message.PrescriberId, ctx.Message.PrescriberName,
                    ActorRoles.Prescriber, "it can no longer be withdrawn")));

        // The prescriber's other steps, when the state no longer allows them: accepted by intake on a view the workflow
        // had already moved past.
        During(AllStatesBut(AwaitingInformation),
            When(InformationProvided, ctx => ByPrescriber(ctx.Saga, ctx.Message.PrescriberId))
                .Publish(ctx => OutOfOrder(ctx.Saga, RequestSteps.Information, ctx.Message.PrescriberId, ctx.Message.PrescriberName,
                    ActorRoles.Prescriber, "no question is open")));
        During(AllStatesBut(Approved, Suspended),
            When(FollowUpReported, ctx => ByPrescriber(ctx.Saga, ctx.Message.PrescriberId))
                .Publish(ctx => OutOfOrder(ctx.Saga, RequestSteps.FollowUp, ctx.Message.PrescriberId, ctx.Message.PrescriberName,
                    ActorRoles.Prescriber, "follow-ups are reported on an approval in force or suspended")));
        During(AllStatesBut(Approved),
            When(RenewalRequested, ctx => ByPrescriber(ctx.Saga, ctx.Message.PrescriberId))
                .Publish(ctx => OutOfOrder(ctx.Saga, RequestSteps.Renewal, ctx.Message.PrescriberId, ctx.Message.PrescriberName,
                    ActorRoles.Prescriber, "only an approval in force can be renewed")));
        During(Approved,
            When(RenewalRequested, ctx => ByPrescriber(ctx.Saga, ctx.Message.PrescriberId) && !CanOpenRenewal(ctx.Saga, ctx.Message))
                .Publish(ctx => OutOfOrder(ctx.Saga, RequestSteps.Renewal, ctx.Message.PrescriberId, ctx.Message.PrescriberName,
                    ActorRoles.Prescriber, "a renewal is already under review, or the renewed window has not started")));

        // Safety orders the state forbids: another order got there first, or the approval ended meanwhile.
        During(AllStatesBut(Approved),
            When(SuspensionOrdered, ctx => !ByPrescriber(ctx.Saga, ctx.Message.ReviewerId))
                .Publish(ctx => OutOfOrder(ctx.Saga, RequestSteps.Suspension, ctx.Message.ReviewerId, ctx.Message.ReviewerName,
                    ActorRoles.Reviewer, "only an approval in force can be suspended", ctx.Message.OrderId)));
        During(AllStatesBut(Suspended),
            When(ReinstatementOrdered, ctx => !ByPrescriber(ctx.Saga, ctx.Message.ReviewerId))
                .Publish(ctx => OutOfOrder(ctx.Saga, RequestSteps.Reinstatement, ctx.Message.ReviewerId, ctx.Message.ReviewerName,
                    ActorRoles.Reviewer, "only a suspended approval can be reinstated", ctx.Message.OrderId)));
        During(AllStatesBut(Approved, Suspended),
            When(RevocationOrdered, ctx => !ByPrescriber(ctx.Saga, ctx.Message.ReviewerId))
                .Publish(ctx => OutOfOrder(ctx.Saga, RequestSteps.Revocation, ctx.Message.ReviewerId, ctx.Message.ReviewerName,
                    ActorRoles.Reviewer, "only an approval in force or suspended can be revoked", ctx.Message.OrderId)));

        // A decision on a review the workflow had cancelled is void: the review service marks it so on the CancelReview.
        During(Withdrawn, Lapsed,
            When(Decided).Publish(ctx => VoidDecision(ctx.Saga, ctx.Message,
                $"The request was {Spelled(CurrentStatus(ctx.Saga))} before this decision reached the workflow; the decision is void.")));
        During([Approved, Suspended, Revoked, Expired],
            When(Decided, ctx => IsCancelledRenewalDecision(ctx.Saga, ctx.Message)).Publish(ctx => VoidDecision(ctx.Saga, ctx.Message,
                "The renewal review was cancelled before this decision reached the workflow; the decision is void.")));
    }

    /// <summary>Every state a request can be in once the saga holds it, but the ones named.</summary>
    IEnumerable<State> AllStatesBut(params State[] excluded) =>
        new[] { UnderReview, AwaitingInformation, Approved, Suspended, Denied, Withdrawn, Lapsed, Revoked, Expired }.Except(excluded);

    static bool ByPrescriber(ApprovalState saga, string actorId) => string.Equals(saga.PrescriberId, actorId, StringComparison.Ordinal);

    static bool IsCancelledRenewalDecision(ApprovalState saga, ReviewDecided decision) =>
        saga.RenewalStatus == RenewalStatus.Cancelled && decision.ReviewId == saga.ReviewId;

    AttemptRefused NotThePrescriber(ApprovalState saga, string step, string actorId, string? actorName) =>
        new(saga.CorrelationId, step, actorId, actorName, ActorRoles.Prescriber, StatusCodes.Status403Forbidden,
            "Only the request's prescriber may take this step; nothing changed.", _clock.GetUtcNow());

    AttemptRefused OwnPrescription(ApprovalState saga, string step, string actorId, string? actorName, Guid? orderId) =>
        new(saga.CorrelationId, step, actorId, actorName, ActorRoles.Reviewer, StatusCodes.Status403Forbidden,
            "You prescribed this treatment; another reviewer must act on its approval.", _clock.GetUtcNow(), OrderId: orderId);

    AttemptRefused OutOfOrder(ApprovalState saga, string step, string actorId, string? actorName, string role, string rule,
        Guid? orderId = null) =>
        new(saga.CorrelationId, step, actorId, actorName, role, StatusCodes.Status409Conflict,
            $"The request was {Spelled(CurrentStatus(saga))} when this reached the workflow; {rule}.", _clock.GetUtcNow(),
            OrderId: orderId);

    AttemptRefused VoidDecision(ApprovalState saga, ReviewDecided decision, string reason) =>
        new(saga.CorrelationId, RequestSteps.Decision, decision.ReviewerId, decision.ReviewerName, ActorRoles.Reviewer, StatusCodes.Status409Conflict,
            reason, _clock.GetUtcNow(), decision.ReviewId);

    /// <summary>A status as the API spells it (<c>under-review</c>), for reasons a person reads.</summary>
    static string Spelled(RequestStatus status) => JsonNamingPolicy.KebabCaseLower.ConvertName(status.ToString());
}
