using System.Security.Claims;
using Approvals.Contracts;
using Approvals.Domain;
using Approvals.Domain.Cases;
using Approvals.Http;
using Approvals.Intake.Persistence;
using Approvals.Intake.Protocols;
using Approvals.Messaging.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Approvals.Intake.Api;

/// <summary>The prescriber asks for the next validity window; it is reviewed on recent follow-up data.</summary>
public static class RenewalEndpoints
{
    public static RouteGroupBuilder MapRenewals(this RouteGroupBuilder requests)
    {
        requests.MapPost("/{id:guid}/renewals", Request).RequireAuthorization(Policies.Submit).WithName("requestRenewal")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Ask for a renewal review; needs a follow-up dated within the last follow-up interval.");
        return requests;
    }

    static async Task<Results<Accepted<AcceptedStep>, ValidationProblem, ProblemHttpResult>> Request(
        Guid id, RenewalInput? body, ClaimsPrincipal principal, IntakeDbContext db, BusOutbox<IntakeDbContext> outbox,
        IOptions<ApprovalTermsRules> configured, ProtocolStore protocols, TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal);
        var record = await RequestAccess.FindOwn(id, user, db.Requests.AsNoTracking(), cancellationToken);
        if (record is null)
            return Problems.NotFound("request");

        // The request keeps the protocol version it was decided under: its follow-up interval and dose tiers apply. The
        // decider judges the renewal on the request as intake holds it; its round's requirement is the tier of the dose
        // approved now. The workflow opens the round under an id of its own.
        var now = clock.GetUtcNow();
        var grounds = await RenewalGrounds.LoadAsync(record, db, protocols, configured.Value, cancellationToken);
        var latest = grounds.LatestFollowUpOn;
        var verdict = CaseDecider.Decide(grounds.Case, new RequestRenewal(Guid.Empty, user.Id, body?.Notes, now, latest, grounds.Protocol), now);
        if (verdict.Refusal is { } refusal)
            return refusal.ToProblem();
        var requirement = verdict.Events.OfType<ReviewOpened>().Single().Round.Requirement;
        outbox.Publish(new RenewalRequested(id, user.Id, body?.Notes, now, latest, requirement, user.Name));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted($"/api/v1/requests/{id}", new AcceptedStep(id, record.Status, RequestSteps.Renewal));
    }
}

public sealed record RenewalInput(string? Notes = null);
