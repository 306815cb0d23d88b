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

    public static void Record(RequestStatusChanged change, TimeSpan? sinceSubmission)
    {
        Transitions.Add(1, ApprovalsTelemetry.Tag("status", change.Status));
        if (sinceSubmission is { } elapsed && change.Decision is { } decision)
            DecisionTime.Record(elapsed.TotalHours, ApprovalsTelemetry.Tag("outcome", decision.Outcome));
    }
}
