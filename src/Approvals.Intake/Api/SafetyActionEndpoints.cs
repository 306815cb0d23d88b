using System.ComponentModel.DataAnnotations;
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

    static Task<Results<Accepted<SubmitResponse>, ValidationProblem, ProblemHttpResult>> Suspend(
        Guid id, SafetyActionInput body, ClaimsPrincipal principal, IntakeDbContext db, BusOutbox<IntakeDbContext> outbox, TimeProvider clock,
        CancellationToken cancellationToken) =>
        Order(id, body, principal, db, outbox, clock, "suspension", RequestLifecycle.CanSuspend, "only an approval in force can be suspended",
            (record, user, reason, at) =>
                new SuspensionOrdered(id, user.Id, reason, at, user.Name, Sign(record, user, SignatureMeaning.Suspension, reason, at)), cancellationToken);

    static Task<Results<Accepted<SubmitResponse>, ValidationProblem, ProblemHttpResult>> Reinstate(
        Guid id, SafetyActionInput body, ClaimsPrincipal principal, IntakeDbContext db, BusOutbox<IntakeDbContext> outbox, TimeProvider clock,
        CancellationToken cancellationToken) =>
        Order(id, body, principal, db, outbox, clock, "reinstatement", RequestLifecycle.CanReinstate, "only a suspended approval can be reinstated",
            (_, user, reason, at) => new ReinstatementOrdered(id, user.Id, reason, at, user.Name), cancellationToken);

    static Task<Results<Accepted<SubmitResponse>, ValidationProblem, ProblemHttpResult>> Revoke(
        Guid id, SafetyActionInput body, ClaimsPrincipal principal, IntakeDbContext db, BusOutbox<IntakeDbContext> outbox, TimeProvider clock,
        CancellationToken cancellationToken) =>
        Order(id, body, principal, db, outbox, clock, "revocation", RequestLifecycle.CanRevoke, "only an approval in force or suspended can be revoked",
            (record, user, reason, at) =>
                new RevocationOrdered(id, user.Id, reason, at, user.Name, Sign(record, user, SignatureMeaning.Revocation, reason, at)), cancellationToken);

    /// <summary>A refused safety action is answered as a problem and recorded, through the outbox, for the audit trail.</summary>
    static async Task<ProblemHttpResult> Refuse(Guid id, string action, CurrentUser user, int status, string detail, IntakeDbContext db,
        BusOutbox<IntakeDbContext> outbox, TimeProvider clock, CancellationToken cancellationToken)
    {
        outbox.Publish(new AttemptRefused(id, action, user.Id, user.Name, ActorRoles.Reviewer, status, detail, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return status == StatusCodes.Status403Forbidden ? Problems.Forbidden(detail) : Problems.Conflict(detail);
    }

    static ElectronicSignature Sign(RequestRecord r, CurrentUser user, SignatureMeaning meaning, string reason, DateTimeOffset at) =>
        Signing.Sign(user, meaning, at, new SignedApprovalVersion(r.Id, r.LastSequence, r.Status, r.PrescriberId, r.ProtocolId,
            r.ProtocolVersion, r.ApprovedDailyDoseMg, r.ValidFrom, r.ValidUntil, meaning, reason));

    /// <summary>Generic in the message so the outbox stores it under its own contract type, not <c>object</c>.</summary>
    static async Task<Results<Accepted<SubmitResponse>, ValidationProblem, ProblemHttpResult>> Order<T>(
        Guid id, SafetyActionInput body, ClaimsPrincipal principal, IntakeDbContext db, BusOutbox<IntakeDbContext> outbox, TimeProvider clock,
        string action, Func<RequestStatus, bool> allowed, string rule, Func<RequestRecord, CurrentUser, string, DateTimeOffset, T> message, CancellationToken cancellationToken)
        where T : class
    {
        var user = CurrentUser.From(principal);
        var record = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null)
            return Problems.NotFound("request");
        if (record.PrescriberId == user.Id)
        {
            return await Refuse(id, action, user, StatusCodes.Status403Forbidden,
                "You prescribed this treatment; another reviewer must act on its approval.", db, outbox, clock, cancellationToken);
        }

        if (!allowed(record.Status))
        {
            return await Refuse(id, action, user, StatusCodes.Status409Conflict,
                $"The request is {KebabCaseEnum.Name(record.Status)}; {rule}.", db, outbox, clock, cancellationToken);
        }

        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(body.Reason))
            errors.Add("reason", "Required: why, for the prescriber and the audit trail.");
        else if (body.Reason.Length > DecisionRules.MaxTextLength)
            errors.Add("reason", $"At most {DecisionRules.MaxTextLength} characters.");
        if (!errors.IsEmpty)
            return Problems.Invalid(errors);

        outbox.Publish(message(record, user, body.Reason!, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted($"/api/v1/requests/{id}", new SubmitResponse(id, record.Status));
    }
}

public sealed record SafetyActionInput([property: Required] string? Reason);

/// <summary>The approval as the reviewer acts on it, with the action and its reason: what a suspension or revocation signs.</summary>
internal sealed record SignedApprovalVersion(
    Guid RequestId, int Sequence, RequestStatus Status, string PrescriberId, string ProtocolId, int ProtocolVersion,
    decimal? ApprovedDailyDoseMg, DateTimeOffset? ValidFrom, DateTimeOffset? ValidUntil, SignatureMeaning Action, string Reason);
