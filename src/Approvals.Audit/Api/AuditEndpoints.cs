using Approvals.Audit.Api.Export;
using Approvals.Audit.Metrics;
using Approvals.Audit.Persistence;
using Approvals.Audit.Verification;
using Approvals.Domain;
using Approvals.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Audit.Api;

/// <summary>The auditors' read-only view of the trail. Lists are in recording order and paged like every list.</summary>
public static class AuditEndpoints
{
    public static RouteGroupBuilder MapAudit(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/audit").WithTags("Audit").RequireAuthorization(AuditPolicy.Read);

        group.MapGet("/requests/{id:guid}", Trail).WithName("getRequestTrail").WithSummary("One request's trail, in the order it was recorded.");
        group.MapGet("/entries", Entries).WithName("listAuditEntries").WithSummary("Entries by time, actor, action or request.");
        group.MapGet("/export", ExportEntries).WithName("exportAuditEntries")
            .WithSummary("The same selection as /entries, streamed whole as CSV or JSON Lines (format=csv|jsonl).");
        group.MapGet("/verification", Verify).WithName("verifyAuditChain").WithSummary("Recompute the hash chain and report the first broken entry, if any.");
        group.MapGet("/metrics", MetricsEndpoint.Get).WithName("getAuditMetrics").AddOpenApiOperationTransformer(MetricsEndpoint.DescribeCsv)
            .WithSummary("Received, decided, shares, decision times, overdue, open reviews and renewals for a period (format=json|csv).");
        return group;
    }

    static async Task<Results<Ok<Page<AuditEntryView>>, ValidationProblem, ProblemHttpResult>> Trail(
        Guid id, int? limit, string? cursor, AuditDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var page = ListQuery.Parse(limit, cursor, CursorKind.Sequences, errors);
        if (page is null)
            return Problems.Invalid(errors);
        if (!await db.Entries.AnyAsync(e => e.RequestId == id, cancellationToken))
            return Problems.NotFound("request in the audit trail");
        return TypedResults.Ok(await PageOf(db.Entries.Where(e => e.RequestId == id), page, cancellationToken));
    }

    static async Task<Results<Ok<Page<AuditEntryView>>, ValidationProblem>> Entries(
        [AsParameters] AuditQuery query, int? limit, string? cursor, AuditDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var filter = query.Validate(errors);
        var page = ListQuery.Parse(limit, cursor, CursorKind.Sequences, errors);
        if (filter is null || page is null)
            return Problems.Invalid(errors);
        return TypedResults.Ok(await PageOf(filter.Apply(db.Entries), page, cancellationToken));
    }

    static Results<ExportResult, ValidationProblem> ExportEntries([AsParameters] AuditQuery query, string? format, AuditDbContext db)
    {
        var errors = new ValidationErrors();
        var filter = query.Validate(errors);
        var exportFormat = ExportFormat.Find(format);
        if (exportFormat is null)
            errors.Add("format", $"Required: one of {string.Join(", ", ExportFormat.All.Select(f => f.Name))}.");
        if (filter is null || exportFormat is null)
            return Problems.Invalid(errors);
        return new ExportResult(filter.Apply(db.Entries.AsNoTracking()).OrderBy(e => e.Sequence), exportFormat);
    }

    static async Task<Ok<VerificationResult>> Verify(ChainVerifier verifier, CancellationToken cancellationToken) =>
        TypedResults.Ok(await verifier.VerifyAsync(cancellationToken));

    static async Task<Page<AuditEntryView>> PageOf(IQueryable<AuditEntry> entries, ListQuery page, CancellationToken cancellationToken)
    {
        if (page.After is { } after)
            entries = entries.Where(e => e.Sequence > after.Key);
        var rows = await entries.AsNoTracking().OrderBy(e => e.Sequence).Take(page.Limit + 1).ToListAsync(cancellationToken);
        // The sequence alone orders the trail; the cursor's id part is unused.
        return page.ToPage(rows, e => new Cursor(e.Sequence, Guid.Empty), AuditEntryView.From);
    }
}
