using Approvals.Contracts;
using Approvals.Domain.Cases;
using MassTransit;
using Microsoft.AspNetCore.Http;

namespace Approvals.Workflow;

/// <summary>
/// The saga arbitrates between steps that race: a step the decider refuses (out of order, from someone it does not
/// belong to, a decision made void by a withdrawal) changes nothing and is refused aloud (<see cref="AttemptRefused"/>,
/// shown on the request and recorded in the audit trail), so nothing accepted disappears without trace. The review
/// service answers reviewers and specialists itself, so what the workflow refuses of theirs is ignored, as before,
/// except a decision that a withdrawal or a lapse made void.
/// </summary>
public sealed partial class ApprovalStateMachine
{
    static Task Refuse<T>(BehaviorContext<ApprovalState, T> ctx, CaseState state, Refusal refusal, DateTimeOffset now)
        where T : class
    {
        return (object)ctx.Message switch
        {
            // Intake answers this with 422; should it get here anyway, the prescriber sees why nothing opened.
            RenewalRequested m when refusal.Code == RefusalCodes.FollowUpMissing => ctx.Publish(NextEntry(ctx.Saga, RequestStatus.Approved,
                m.RequestedAt, SystemActor,
                $"Renewal not opened: no follow-up assessed on or after {state.Terms.Approval.EarliestRecentFollowUp(m.RequestedAt):yyyy-MM-dd}")),
            ReviewDecided m when refusal.Code == RefusalCodes.DecisionVoid =>
                ctx.Publish(Attempt(ctx.Saga, RequestSteps.Decision, m.ReviewerId, m.ReviewerName, ActorRoles.Reviewer, state, refusal, now, m.ReviewId)),
            ReviewDecided or Contracts.InformationRequested or Contracts.OpinionRecorded => Task.CompletedTask,
            ApprovalRequested m => Publish(RequestSteps.Submission, m.PrescriberId, m.PrescriberName, ActorRoles.Prescriber),
            RequestWithdrawn m => Publish(RequestSteps.Withdrawal, m.PrescriberId, m.PrescriberName, ActorRoles.Prescriber),
            InformationProvided m => Publish(RequestSteps.Information, m.PrescriberId, m.PrescriberName, ActorRoles.Prescriber),
            FollowUpReported m => Publish(RequestSteps.FollowUp, m.PrescriberId, m.PrescriberName, ActorRoles.Prescriber),
            RenewalRequested m => Publish(RequestSteps.Renewal, m.PrescriberId, m.PrescriberName, ActorRoles.Prescriber),
            SuspensionOrdered m => Publish(RequestSteps.Suspension, m.ReviewerId, m.ReviewerName, ActorRoles.Reviewer, m.OrderId),
            ReinstatementOrdered m => Publish(RequestSteps.Reinstatement, m.ReviewerId, m.ReviewerName, ActorRoles.Reviewer, m.OrderId),
            RevocationOrdered m => Publish(RequestSteps.Revocation, m.ReviewerId, m.ReviewerName, ActorRoles.Reviewer, m.OrderId),
            _ => Task.CompletedTask, // timers and the protocol's cap: nobody to tell
        };

        Task Publish(string step, string actorId, string? actorName, string role, Guid? orderId = null) =>
            ctx.Publish(Attempt(ctx.Saga, step, actorId, actorName, role, state, refusal, now, orderId: orderId));
    }

    static AttemptRefused Attempt(ApprovalState saga, string step, string actorId, string? actorName, string role, CaseState state,
        Refusal refusal, DateTimeOffset now, Guid? reviewId = null, Guid? orderId = null) =>
        new(saga.CorrelationId, step, actorId, actorName, role, StatusOf(refusal.Kind), AsSeenByTheWorkflow(refusal.Detail, state.Status), now,
            reviewId, orderId);

    static int StatusOf(RefusalKind kind) => kind switch
    {
        RefusalKind.Invalid => StatusCodes.Status400BadRequest,
        RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
        RefusalKind.RuleBroken => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status409Conflict,
    };

    /// <summary>
    /// The decider says where the request stands ("The request is approved; …"); the workflow says that the step
    /// reached it there, after intake accepted it on a view the workflow had already moved past.
    /// </summary>
    static string AsSeenByTheWorkflow(string detail, RequestStatus status)
    {
        var now = $"The request is {CaseDecider.Spelled(status)}; ";
        return detail.StartsWith(now, StringComparison.Ordinal)
            ? $"The request was {CaseDecider.Spelled(status)} when this reached the workflow; {detail[now.Length..]}"
            : detail;
    }
}
