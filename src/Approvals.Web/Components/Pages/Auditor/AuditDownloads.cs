using Approvals.Http;
using Approvals.Web.Api;
using Approvals.Web.Localization;
using Approvals.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Approvals.Web.Components.Pages.Auditor;

/// <summary>
/// The auditor's downloads, as the backend-for-frontend serves them: the API's export (or metrics CSV) is streamed on
/// to the browser as it arrives, with the session's token added here, so the token never reaches the browser and a
/// year of entries is never held in memory. A selection the API refuses sends the user back to the page, which shows
/// why next to the field.
/// </summary>
public static class AuditDownloads
{
    public const string ExportPath = "/audit/export";
    public const string MetricsCsvPath = "/audit/metrics/csv";

    public static string ExportHref(TrailFilter filter, string format) => $"{ExportPath}?{filter.Query(("format", format))}";

    public static string MetricsCsvHref(string? from, string? to) =>
        MetricsCsvPath + (new TrailFilter(from, to, null, null, null).Query() is { Length: > 0 } query ? "?" + query : "");

    public static void MapAuditDownloads(this IEndpointRouteBuilder app)
    {
        var downloads = app.MapGroup("")
            .RequireAuthorization(policy => policy.AddAuthenticationSchemes(WebSchemes.Cookie).RequireRole(Roles.Auditor))
            .ExcludeFromDescription();
        downloads.MapGet(ExportPath, ExportAsync);
        downloads.MapGet(MetricsCsvPath, MetricsCsvAsync);
    }

    static async Task ExportAsync(HttpContext http, ApprovalsApi api, UserClock clock,
        string? from, string? to, string? actorId, string? action, string? requestId, string? format)
    {
        var filter = new TrailFilter(from, to, actorId, action, requestId);
        var invalid = new List<string>();
        if (filter.ToSelection(clock.TimeZone, invalid) is not { } selection || format is not ("csv" or "jsonl"))
        {
            BackTo(http, "/audit", filter.Query());
            return;
        }

        var answer = await api.OpenAuditExportAsync(selection, format, http.RequestAborted);
        if (answer.Succeeded)
            await RelayAsync(http, answer.Value!, $"audit-entries.{format}");
        else
            BackTo(http, "/audit", filter.Query());
    }

    static async Task MetricsCsvAsync(HttpContext http, ApprovalsApi api, UserClock clock, string? from, string? to)
    {
        var invalid = new List<string>();
        var period = LocalPeriod.Parse(from, to, invalid);
        var back = new TrailFilter(from, to, null, null, null).Query();
        if (invalid.Count > 0)
        {
            BackTo(http, "/audit/metrics", back);
            return;
        }

        var answer = await api.OpenAuditMetricsCsvAsync(period.Start(clock.TimeZone), period.End(clock.TimeZone), http.RequestAborted);
        if (answer.Succeeded)
            await RelayAsync(http, answer.Value!, "audit-metrics.csv");
        else
            BackTo(http, "/audit/metrics", back);
    }

    static async Task RelayAsync(HttpContext http, HttpResponseMessage upstream, string fileName)
    {
        using (upstream)
        {
            http.Response.ContentType = upstream.Content.Headers.ContentType?.ToString() ?? "text/plain; charset=utf-8";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
            await using var body = await upstream.Content.ReadAsStreamAsync(http.RequestAborted);
            await body.CopyToAsync(http.Response.Body, http.RequestAborted);
        }
    }

    static void BackTo(HttpContext http, string page, string query) => http.Response.Redirect(query.Length == 0 ? page : $"{page}?{query}");
}
