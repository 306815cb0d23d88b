using System.Security.Claims;
using Approvals.Contracts;
using Approvals.Domain;
using Approvals.Domain.Cases;
using Approvals.Http;
using Approvals.Intake.Persistence;
using Approvals.Messaging.Outbox;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Intake.Api;

/// <summary>Follow-up reports of an approved treatment: the prescriber reports, everyone who may read the request reads.</summary>
public static class FollowUpEndpoints
{
    public static RouteGroupBuilder MapFollowUps(this RouteGroupBuilder requests)
    {
        requests.MapPost("/{id:guid}/follow-ups", Report).RequireAuthorization(Policies.Submit).WithName("reportFollowUp")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Report a follow-up assessment of an approved treatment; resets the follow-up clock.");
        requests.MapGet("/{id:guid}/follow-ups", List).RequireAuthorization(Policies.ReadRequests).WithName("listFollowUps")
            .WithSummary("The request's follow-up reports, newest assessment first.");
        return requests;
    }

    static async Task<Results<Created<FollowUpView>, ValidationProblem, ProblemHttpResult>> Report(
        Guid id, FollowUpInput body, ClaimsPrincipal principal, IntakeDbContext db, BusOutbox<IntakeDbContext> outbox, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal);
        var record = await RequestAccess.FindOwn(id, user, db.Requests.AsNoTracking(), cancellationToken);
        if (record is null)
            return Problems.NotFound("request");
        // The case's part (an approval to follow, the assessment's date window) is the decider's; the rest is the body's.
        // A missing date or dose is named by the body's check; today and no dose stand in for them, so the verdict then
        // speaks of the state alone.
        var now = clock.GetUtcNow();
        var report = new ReportFollowUp(NewId.NextGuid(), user.Id, body.Date ?? DateOnly.FromDateTime(now.UtcDateTime), body.DailyDoseMg ?? 0, now);
        var refusal = RequestCase.Judge(record, report, now);
        if (refusal is { Kind: not RefusalKind.Invalid })
            return refusal.ToProblem();
        var errors = body.Validate();
        foreach (var (field, messages) in refusal?.Errors?.ToDictionary() ?? new Dictionary<string, string[]>())
            foreach (var message in messages)
                errors.Add(field, message);
        if (!errors.IsEmpty)
            return Problems.Invalid(errors);

        var followUp = new FollowUpRecord
        {
            Id = report.FollowUpId,
            RequestId = id,
            PrescriberId = user.Id,
            Date = body.Date!.Value,
            DailyDoseMg = body.DailyDoseMg!.Value,
            DrinksPerDay = body.DrinksPerDay,
            ConsumptionMeasure = body.Consumption?.Measure,
            ConsumptionValue = body.Consumption?.Value,
            AdverseEvents = [.. (body.AdverseEvents ?? []).Select(e => new AdverseEventRecord { Term = e.Term!.Trim(), Serious = e.Serious!.Value })],
            Notes = body.Notes,
            ReportedAt = now,
        };
        db.FollowUps.Add(followUp);
        var findings = new FollowUpFindings(followUp.DailyDoseMg, followUp.DrinksPerDay, followUp.ConsumptionMeasure, followUp.ConsumptionValue,
            [.. followUp.AdverseEvents.Select(e => new ReportedAdverseEvent(e.Term, e.Serious))], followUp.Notes);
        outbox.Publish(new FollowUpReported(id, followUp.Id, user.Id, followUp.Date, now, user.Name, followUp.DailyDoseMg, findings));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/requests/{id}/follow-ups", FollowUpView.From(followUp));
    }

    /// <summary>
    /// Newest assessment first, the later report first on one day. The cursor names the last follow-up served (its day
    /// as the key); the next page starts after that row, which is never removed.
    /// </summary>
    static async Task<Results<Ok<Page<FollowUpView>>, ValidationProblem, ProblemHttpResult>> List(
        Guid id, int? limit, string? cursor, ClaimsPrincipal principal, IntakeDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var page = ListQuery.Parse(limit, cursor, CursorKind.Days, errors);
        if (page is null)
            return Problems.Invalid(errors);
        var record = await RequestAccess.FindVisible(id, CurrentUser.From(principal), db.Requests.AsNoTracking(), cancellationToken);
        if (record is null)
            return Problems.NotFound("request");

        var query = db.FollowUps.AsNoTracking().Where(f => f.RequestId == id);
        if (page.After is { } after)
        {
            var last = await query.Where(f => f.Id == after.Id).Select(f => new { f.Date, f.ReportedAt }).SingleOrDefaultAsync(cancellationToken);
            if (last is null || last.Date.DayNumber != after.Key)
                return Problems.Invalid(errors.Add("cursor", "Not a cursor this service issued for this request's follow-ups."));
            query = query.Where(f => f.Date < last.Date
                || (f.Date == last.Date && (f.ReportedAt < last.ReportedAt || (f.ReportedAt == last.ReportedAt && f.Id < after.Id))));
        }

        var rows = await query.OrderByDescending(f => f.Date).ThenByDescending(f => f.ReportedAt).ThenByDescending(f => f.Id)
            .Take(page.Limit + 1).ToListAsync(cancellationToken);
        return TypedResults.Ok(page.ToPage(rows, f => new Cursor(f.Date.DayNumber, f.Id), FollowUpView.From));
    }
}

public sealed record FollowUpView(
    Guid Id, DateOnly Date, decimal DailyDoseMg, decimal? DrinksPerDay, ConsumptionInput? Consumption,
    IReadOnlyList<AdverseEventView> AdverseEvents, string? Notes, DateTimeOffset ReportedAt)
{
    public static FollowUpView From(FollowUpRecord f) =>
        new(f.Id, f.Date, f.DailyDoseMg, f.DrinksPerDay,
            f.ConsumptionMeasure is null ? null : new ConsumptionInput(f.ConsumptionMeasure, f.ConsumptionValue),
            [.. f.AdverseEvents.Select(e => new AdverseEventView(e.Term, e.Serious))], f.Notes, f.ReportedAt);
}

public sealed record AdverseEventView(string Term, bool Serious);
