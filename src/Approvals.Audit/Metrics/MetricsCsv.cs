using System.Globalization;
using System.Text;
using Approvals.Audit.Api.Export;

namespace Approvals.Audit.Metrics;

/// <summary>The report as CSV: one row for all requests, then one per urgency.</summary>
public static class MetricsCsv
{
    static readonly string[] Header =
    [
        "scope", "from", "to", "openAsOf", "throughSequence", "received", "decided", "approved", "approvedShare", "approvedModified",
        "approvedModifiedShare", "denied", "deniedShare", "withdrawn", "withdrawnShare", "averageDecisionHours", "medianDecisionHours",
        "overdue", "openReviews", "openUnder1Day", "open1To3Days", "open3To7Days", "open7To14Days", "openOver14Days",
        "renewalsApproved", "renewalsDenied",
    ];

    public static string Write(MetricsReport report)
    {
        var csv = new StringBuilder();
        Row(csv, Header);
        Row(csv, Values("all", report, report.Overall));
        foreach (var (urgency, figures) in report.ByUrgency)
            Row(csv, Values(urgency, report, figures));
        return csv.ToString();
    }

    static string?[] Values(string scope, MetricsReport r, PeriodFigures f) =>
    [
        scope, Time(r.From), Time(r.To), Time(r.OpenAsOf), N(r.ThroughSequence),
        N(f.Received), N(f.Decided), N(f.Approved), N(f.ApprovedShare), N(f.ApprovedModified), N(f.ApprovedModifiedShare),
        N(f.Denied), N(f.DeniedShare), N(f.Withdrawn), N(f.WithdrawnShare), N(f.AverageDecisionHours), N(f.MedianDecisionHours),
        N(f.Overdue), N(f.OpenReviews.Total), N(f.OpenReviews.Under1Day), N(f.OpenReviews.From1To3Days), N(f.OpenReviews.From3To7Days),
        N(f.OpenReviews.From7To14Days), N(f.OpenReviews.Over14Days), N(f.RenewalsApproved), N(f.RenewalsDenied),
    ];

    static string Time(DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    static string? N(long value) => value.ToString(CultureInfo.InvariantCulture);

    static string? N(double? value) => value?.ToString(CultureInfo.InvariantCulture);

    static void Row(StringBuilder csv, string?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
                csv.Append(',');
            CsvExport.AppendField(csv, fields[i]);
        }

        csv.Append("\r\n");
    }
}
