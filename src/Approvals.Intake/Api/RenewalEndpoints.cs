using System.Security.Claims;
using Approvals.Contracts;
using Approvals.Domain;
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
    public const string FollowUpMissing = "followUpMissing";

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
        if (!RequestLifecycle.CanRenew(record.Status))
            return Problems.Conflict($"The request is {KebabCaseEnum.Name(record.Status)}; only an approval in force can be renewed.");
        if (record.RenewalStatus == RenewalStatus.UnderReview)
            return Problems.Conflict("A renewal of this approval is already under review.");

        var now = clock.GetUtcNow();
        if (record.ValidFrom > now)
            return Problems.Conflict($"The renewed window starts on {record.ValidFrom:yyyy-MM-dd}; ask for the next renewal once it runs.");
        var errors = new ValidationErrors();
        if (!errors.OptionalText("notes", body?.Notes))
            return Problems.Invalid(errors);

        // The request keeps the protocol version it was decided under: its follow-up interval and dose tiers apply.
        var protocol = (await protocols.FindAsync(record.ProtocolId, record.ProtocolVersion, cancellationToken))?.ToVersion();
        var terms = protocol?.ApprovalTerms() ?? configured.Value;
        var latest = await db.FollowUps.Where(f => f.RequestId == id).MaxAsync(f => (DateOnly?)f.Date, cancellationToken);
        if (!terms.HasRecentFollowUp(latest, now))
        {
            return Problems.RuleBroken(FollowUpMissing,
                $"A renewal is reviewed on recent data: report a follow-up assessed on or after {terms.EarliestRecentFollowUp(now):yyyy-MM-dd} first.");
        }

        var requirement = protocol is null ? null : ProtocolRulings.RenewalRequirement(protocol, record.ApprovedDailyDoseMg);
        outbox.Publish(new RenewalRequested(id, user.Id, body?.Notes, now, latest, requirement, user.Name));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted($"/api/v1/requests/{id}", new AcceptedStep(id, record.Status, RequestSteps.Renewal));
    }
}

public sealed record RenewalInput(string? Notes = null);
