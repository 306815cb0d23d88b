using System.Text.Json;
using Approvals.Contracts;
using Approvals.Messaging.Diagnostics;

namespace Approvals.Intake.Consumers;

/// <summary>
/// Requests by status and the time to a first decision, counted where every status change lands once: intake's
/// timeline. Tagged by status and outcome only.
/// </summary>
internal static class RequestMetrics
{
    static readonly System.Diagnostics.Metrics.Counter<long> Transitions = ApprovalsTelemetry.Meter.CreateCounter<long>(
        "approvals.requests.transitions", "{request}", "Requests entering each status.");

    static readonly System.Diagnostics.Metrics.Histogram<double> DecisionTime = ApprovalsTelemetry.Meter.CreateHistogram<double>(
        "approvals.requests.decision_time", "h", "From a request's submission to its first decision.");

    /// <summary>The API's spelling (<c>under-review</c>), so a dashboard filters on what the API shows.</summary>
    static string WireName(string name) => JsonNamingPolicy.KebabCaseLower.ConvertName(name);

    public static void Record(RequestStatusChanged change, TimeSpan? sinceSubmission)
    {
        Transitions.Add(1, new KeyValuePair<string, object?>("status", WireName(change.Status.ToString())));
        if (sinceSubmission is { } elapsed && change.Decision is { } decision)
            DecisionTime.Record(elapsed.TotalHours, new KeyValuePair<string, object?>("outcome", WireName(decision.Outcome.ToString())));
    }
}
