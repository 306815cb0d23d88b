using System.Security.Claims;
using Approvals.Contracts;
using Approvals.Domain;
using Approvals.Http;
using Approvals.Intake.Persistence;
using Approvals.Messaging.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Intake.Api;

/// <summary>Reviewers' safety actions on an approval: suspend and reinstate it, or revoke it for good. Each needs a reason.</summary>
public static class SafetyActionEndpoints
{
    public static RouteGroupBuilder MapSafetyActions(this RouteGroupBuilder requests)
    {
        requests.MapPost("/{id:guid}/suspension", Suspend).RequireAuthorization(Policies.Decide)
            .WithSummary("Halt an approval in force; its validity still runs out at validUntil.");
        requests.MapPost("/{id:guid}/reinstatement", Reinstate).RequireAuthorization(Policies.Decide)
            .WithSummary("Lift a suspension.");
        requests.MapPost("/{id:guid}/revocation", Revoke).RequireAuthorization(Policies.Decide)
            .WithSummary("End an approval for good.");
        return requests;
    }

    static Task<Results<Accepted<SubmitResponse>, ValidationProblem, ProblemHttpResult>> Suspend(
        Guid id, SafetyActionInput body, ClaimsPrincipal principal, IntakeDbContext db, BusOutbox<IntakeDbContext> outbox, TimeProvider clock,
        CancellationToken cancellationToken) =>
        Order(id, body, principal, db, outbox, clock, RequestLifecycle.CanSuspend, "only an approval in force can be suspended",
            (user, reason, at) => new SuspensionOrdered(id, user.Id, reason, at, user.Name), cancellationToken);

    static Task<Results<Accepted<SubmitResponse>, ValidationProblem, ProblemHttpResult>> Reinstate(
        Guid id, SafetyActionInput body, ClaimsPrincipal principal, IntakeDbContext db, BusOutbox<IntakeDbContext> outbox, TimeProvider clock,
        CancellationToken cancellationToken) =>
        Order(id, body, principal, db, outbox, clock, RequestLifecycle.CanReinstate, "only a suspended approval can be reinstated",
            (user, reason, at) => new ReinstatementOrdered(id, user.Id, reason, at, user.Name), cancellationToken);

    static Task<Results<Accepted<SubmitResponse>, ValidationProblem, ProblemHttpResult>> Revoke(
        Guid id, SafetyActionInput body, ClaimsPrincipal principal, IntakeDbContext db, BusOutbox<IntakeDbContext> outbox, TimeProvider clock,
        CancellationToken cancellationToken) =>
        Order(id, body, principal, db, outbox, clock, RequestLifecycle.CanRevoke, "only an approval in force or suspended can be revoked",
            (user, reason, at) => new RevocationOrdered(id, user.Id, reason, at, user.Name), cancellationToken);

    /// <summary>Generic in the message so the outbox stores it under its own contract type, not <c>object</c>.</summary>
    static async Task<Results<Accepted<SubmitResponse>, ValidationProblem, ProblemHttpResult>> Order<T>(
        Guid id, SafetyActionInput body, ClaimsPrincipal principal, IntakeDbContext db, BusOutbox<IntakeDbContext> outbox, TimeProvider clock,
        Func<RequestStatus, bool> allowed, string rule, Func<CurrentUser, string, DateTimeOffset, T> message, CancellationToken cancellationToken)
        where T : class
    {
        var user = CurrentUser.From(principal);
        var record = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null)
            return Problems.NotFound("request");
        if (record.PrescriberId == user.Id)
            return Problems.Forbidden("You prescribed this treatment; another reviewer must act on its approval.");
        if (!allowed(record.Status))
            return Problems.Conflict($"The request is {KebabCaseEnum.Name(record.Status)}; {rule}.");

        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(body.Reason))
            errors.Add("reason", "Required: why, for the prescriber and the audit trail.");
        else if (body.Reason.Length > DecisionRules.MaxTextLength)
            errors.Add("reason", $"At most {DecisionRules.MaxTextLength} characters.");
        if (!errors.IsEmpty)
            return Problems.Invalid(errors);

        outbox.Publish(message(user, body.Reason!, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted($"/api/v1/requests/{id}", new SubmitResponse(id, record.Status));
    }
}

public sealed record SafetyActionInput(string? Reason);
