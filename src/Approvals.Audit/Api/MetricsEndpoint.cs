using Approvals.Audit.Metrics;
using Approvals.Audit.Persistence;
using Approvals.Audit.Recording;
using Approvals.Domain;
using Approvals.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.EntityFrameworkCore;
using Microsoft.OpenApi;

namespace Approvals.Audit.Api;

/// <summary>
/// <c>GET /api/v1/audit/metrics?from=&amp;to=&amp;format=</c>. The period defaults to the 365 days before now. Open
/// reviews are counted as of the period's end, or now if that is later than now.
/// </summary>
public static class MetricsEndpoint
{
    static readonly TimeSpan DefaultPeriod = TimeSpan.FromDays(365);
    static readonly string[] Formats = ["json", "csv"];

    /// <summary>The report also comes as CSV (format=csv): the same 200, in a second media type.</summary>
    public static Task DescribeCsv(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.Responses?.GetValueOrDefault("200")?.Content is { } content)
            content["text/csv"] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
        return Task.CompletedTask;
    }

    public static async Task<Results<Ok<MetricsReport>, ContentHttpResult, ValidationProblem>> Get(
        string? from, string? to, string? format, AuditDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (!Iso8601.TryParse(from, out var start))
            errors.Add("from", Iso8601.Expected);
        if (!Iso8601.TryParse(to, out var end))
            errors.Add("to", Iso8601.Expected);
        if (start is not null && end is not null && start > end)
            errors.Add("to", "Must not be before 'from'.");
        if (format is not null && !Formats.Contains(format, StringComparer.Ordinal))
            errors.Add("format", $"One of {string.Join(", ", Formats)} (json when omitted).");
        if (!errors.IsEmpty)
            return Problems.Invalid(errors);

        var now = clock.GetUtcNow();
        var periodEnd = end ?? now;
        var periodStart = start ?? DefaultStart(periodEnd);
        if (periodStart > periodEnd)
            return Problems.Invalid(new ValidationErrors().Add("from", "Must not be after 'to' (which defaults to now)."));

        var report = await ComputeAsync(db, periodStart, periodEnd, periodEnd < now ? periodEnd : now, cancellationToken);
        return format == "csv"
            ? TypedResults.Text(MetricsCsv.Write(report), "text/csv; charset=utf-8")
            : TypedResults.Ok(report);
    }

    /// <summary>The default period's start, or the earliest instant there is when the period would begin before it.</summary>
    static DateTimeOffset DefaultStart(DateTimeOffset end) =>
        end.UtcTicks - DateTimeOffset.MinValue.UtcTicks < DefaultPeriod.Ticks ? DateTimeOffset.MinValue : end - DefaultPeriod;

    static async Task<MetricsReport> ComputeAsync(AuditDbContext db, DateTimeOffset from, DateTimeOffset to, DateTimeOffset openAsOf,
        CancellationToken cancellationToken)
    {
        var metrics = new TrailMetrics();
        var entries = db.Entries.AsNoTracking()
            .Where(e => e.OccurredAt < to)
            .Where(e => e.Action == AuditActions.SubmissionRecorded || e.Action == AuditActions.ReviewOverdue ||
                (e.EntityType == AuditEntities.Request && e.EntityVersion != null))
            .OrderBy(e => e.Sequence);
        await foreach (var entry in entries.AsAsyncEnumerable().WithCancellation(cancellationToken))
            metrics.Add(entry);
        return metrics.Report(from, to, openAsOf);
    }
}
