using System.Security.Claims;
using Approvals.Contracts;
using Approvals.Domain.Cases;
using Approvals.Http;
using Approvals.Messaging.Outbox;
using Approvals.Review.Persistence;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Case = Approvals.Domain.Cases;

namespace Approvals.Review.Api;

/// <summary>
/// Reviewers' safety actions on an approval: suspend and reinstate it, or revoke it for good. Each needs a reason. They
/// live with the reviewers' other steps; their routes stay under the request they act on.
/// </summary>
public static class SafetyActionEndpoints
{
    /// <summary>Each lost check-and-set reads the row again; news arrives a few times per approval's life, not more.</summary>
    const int MaxAttempts = 5;

    public static RouteGroupBuilder MapSafetyActions(this IEndpointRouteBuilder app)
    {
        var requests = app.MapGroup("/api/v1/requests").WithTags("Requests");
        requests.MapPost("/{id:guid}/suspension", Suspend).RequireAuthorization(Policies.Decide).RequireRecentAuthentication()
            .WithName("suspendApproval").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Halt an approval in force; its validity still runs out at validUntil.");
        requests.MapPost("/{id:guid}/reinstatement", Reinstate).RequireAuthorization(Policies.Decide)
            .WithName("reinstateApproval").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Lift a suspension.");
        requests.MapPost("/{id:guid}/revocation", Revoke).RequireAuthorization(Policies.Decide).RequireRecentAuthentication()
            .WithName("revokeApproval").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("End an approval for good.");
        return requests;
    }

    static Task<Results<Accepted<AcceptedStep>, ValidationProblem, ProblemHttpResult>> Suspend(
        Guid id, SafetyActionInput body, ClaimsPrincipal principal, ReviewDbContext db, BusOutbox<ReviewDbContext> outbox, TimeProvider clock,
        CancellationToken cancellationToken) =>
        Order(id, body, principal, db, outbox, clock, RequestSteps.Suspension, (user, reason, at) => new Case.Suspend(user.Id, reason, at),
            (approval, user, reason, at, order) => new SuspensionOrdered(id, user.Id, reason, at, user.Name,
                Sign(approval, user, SignatureMeaning.Suspension, reason, at), order), cancellationToken);

    static Task<Results<Accepted<AcceptedStep>, ValidationProblem, ProblemHttpResult>> Reinstate(
        Guid id, SafetyActionInput body, ClaimsPrincipal principal, ReviewDbContext db, BusOutbox<ReviewDbContext> outbox, TimeProvider clock,
        CancellationToken cancellationToken) =>
        Order(id, body, principal, db, outbox, clock, RequestSteps.Reinstatement, (user, reason, at) => new Case.Reinstate(user.Id, reason, at),
            (_, user, reason, at, order) => new ReinstatementOrdered(id, user.Id, reason, at, user.Name, order), cancellationToken);

    static Task<Results<Accepted<AcceptedStep>, ValidationProblem, ProblemHttpResult>> Revoke(
        Guid id, SafetyActionInput body, ClaimsPrincipal principal, ReviewDbContext db, BusOutbox<ReviewDbContext> outbox, TimeProvider clock,
        CancellationToken cancellationToken) =>
        Order(id, body, principal, db, outbox, clock, RequestSteps.Revocation, (user, reason, at) => new Case.Revoke(user.Id, reason, at),
            (approval, user, reason, at, order) => new RevocationOrdered(id, user.Id, reason, at, user.Name,
                Sign(approval, user, SignatureMeaning.Revocation, reason, at), order), cancellationToken);

    /// <summary>A refused safety action is answered as a problem and recorded, through the outbox, for the audit trail.</summary>
    static async Task<ProblemHttpResult> Refuse(Guid id, string action, CurrentUser user, ProblemHttpResult problem, ReviewDbContext db,
        BusOutbox<ReviewDbContext> outbox, TimeProvider clock, CancellationToken cancellationToken)
    {
        var detail = problem.ProblemDetails.Detail ?? problem.ProblemDetails.Title ?? "Refused.";
        outbox.Publish(new AttemptRefused(id, action, user.Id, user.Name, ActorRoles.Reviewer, problem.StatusCode, detail, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return problem;
    }

    /// <summary>Only an accepted order is signed, and only an approval's order is accepted: its review named the prescriber.</summary>
    static ElectronicSignature Sign(ApprovalRecord a, CurrentUser user, SignatureMeaning meaning, string reason, DateTimeOffset at) =>
        Signing.Sign(user, meaning, at, new SignedApprovalVersion(a.RequestId, a.LastSequence, a.Status, a.PrescriberId!, a.ProtocolId!,
            a.ProtocolVersion, a.ApprovedDailyDoseMg, a.ValidFrom, a.ValidUntil, meaning, reason));

    /// <summary>
    /// The order is judged by the case decider on the approval as the review service holds it (own prescription, the
    /// approval's state, a reason). One order at a time per approval, by check-and-set on its row: the order is accepted
    /// only if no other is pending and the status it was judged on still holds, so of concurrent orders one is accepted
    /// and the others are refused at once, as the decider refuses a second order on the state the first one made. The
    /// marker is cleared when the workflow's status change or refusal arrives. Generic in the message so the outbox
    /// stores it under its own contract type, not <c>object</c>.
    /// </summary>
    static async Task<Results<Accepted<AcceptedStep>, ValidationProblem, ProblemHttpResult>> Order<T>(
        Guid id, SafetyActionInput body, ClaimsPrincipal principal, ReviewDbContext db, BusOutbox<ReviewDbContext> outbox, TimeProvider clock,
        string action, Func<CurrentUser, string?, DateTimeOffset, SafetyOrder> command,
        Func<ApprovalRecord, CurrentUser, string, DateTimeOffset, Guid, T> message, CancellationToken cancellationToken)
        where T : class
    {
        var user = CurrentUser.From(principal);
        for (var attempt = 1; ; attempt++)
        {
            var approval = await db.Approvals.SingleOrDefaultAsync(a => a.RequestId == id, cancellationToken);
            if (approval is null)
                return Problems.NotFound("request");

            var now = clock.GetUtcNow();
            var refusal = approval.ToCaseView().Judge(command(user, body.Reason, now), now);
            if (refusal is { Kind: RefusalKind.Forbidden })
                return await Refuse(id, action, user, refusal.ToProblem(), db, outbox, clock, cancellationToken);
            if (approval.PendingOrder is { } pending)
            {
                return await Refuse(id, action, user, Problems.Conflict(
                    $"A {pending} of this approval was accepted and is being applied; look at the request again once it shows."), db, outbox,
                    clock, cancellationToken);
            }

            // An order without a valid reason is answered, not recorded: nothing was attempted on the approval.
            if (refusal is { Kind: RefusalKind.Invalid })
                return refusal.ToProblem();
            if (refusal is not null)
                return await Refuse(id, action, user, refusal.ToProblem(), db, outbox, clock, cancellationToken);

            var orderId = NewId.NextGuid();
            approval.PendingOrderId = orderId;
            approval.PendingOrder = action;
            outbox.Publish(message(approval, user, body.Reason!, now, orderId));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return TypedResults.Accepted($"/api/v1/requests/{id}", new AcceptedStep(id, approval.Status, action, orderId));
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another order was accepted, or the workflow's news arrived, since the row was read: nothing was
                // published. Judge the order again on the row as it is now.
                db.ChangeTracker.Clear();
                if (attempt == MaxAttempts)
                {
                    return await Refuse(id, action, user, Problems.Conflict("The approval kept changing while you ordered this; look at it again."),
                        db, outbox, clock, cancellationToken);
                }
            }
        }
    }
}
