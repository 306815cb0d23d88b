using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json;

namespace Approvals.Messaging.Diagnostics;

/// <summary>
/// The service's own traces and metrics, beside ASP.NET Core's and MassTransit's. Both cost nothing until a listener
/// subscribes: the server subscribes only when telemetry is switched on (an OTLP endpoint configured).
/// Tags carry ids, types and statuses, never a patient's pseudonym or any text a user wrote.
/// </summary>
public static class ApprovalsTelemetry
{
    public const string Name = "Approvals";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    public static readonly Histogram<double> OutboxLag = Meter.CreateHistogram<double>("approvals.outbox.lag", "s",
        "From a message's commit in a bus outbox to its delivery to the transport.");

    public static readonly Histogram<double> TimerLag = Meter.CreateHistogram<double>("approvals.timer.lag", "s",
        "From a durable timer's due time to its firing.");

    /// <summary>A metric tag in the API's spelling (<c>under-review</c>), so a dashboard filters on what the API shows.</summary>
    public static KeyValuePair<string, object?> Tag<T>(string name, T value) where T : Enum =>
        new(name, JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()));

    /// <summary>
    /// A message stored by an HTTP request and sent later by the delivery loop continues the request's trace: the
    /// send runs inside a span whose parent is the span that stored it.
    /// </summary>
    public static Activity? ContinueTrace(string? traceParent, string operation) =>
        traceParent is not null && ActivityContext.TryParse(traceParent, null, out var parent)
            ? Source.StartActivity(operation, ActivityKind.Producer, parent)
            : null;
}
