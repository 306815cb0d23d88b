using Approvals.Messaging.Diagnostics;
using Microsoft.AspNetCore.Http;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Approvals.Server.Hosting;

/// <summary>
/// OpenTelemetry traces and metrics, on only where an operator points them somewhere: an OTLP endpoint in the standard
/// <c>OTEL_EXPORTER_OTLP_*ENDPOINT</c> variables switches them on, and the other standard <c>OTEL_*</c> variables
/// (protocol, headers, service name, resource attributes) configure them. Off, nothing listens and nothing leaves the
/// machine. Logs carry the current trace and span ids either way.
/// </summary>
public static class Telemetry
{
    /// <summary>On without exporting anywhere: for a collector added in code, as the tests add an in-memory one.</summary>
    public const string EnabledKey = "Telemetry:Enabled";

    /// <summary>MassTransit's activity source and meter: a span per send, receive and consume, W3C context in headers.</summary>
    const string MassTransit = "MassTransit";

    static readonly string[] OtlpEndpoints =
    [
        "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT",
        "OTEL_EXPORTER_OTLP_LOGS_ENDPOINT",
    ];

    public static void AddApprovalsTelemetry(this WebApplicationBuilder builder, ServerRoles roles)
    {
        builder.Logging.Configure(logging =>
            logging.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);

        var exporting = OtlpEndpoints.Any(key => !string.IsNullOrWhiteSpace(builder.Configuration[key]));
        if (!exporting && !builder.Configuration.GetValue(EnabledKey, false))
            return;

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource =>
            {
                // OTEL_SERVICE_NAME, when set, names the service instead.
                if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_SERVICE_NAME"]))
                    resource.AddService(ServiceName(roles), serviceInstanceId: Environment.MachineName);
            })
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(http =>
                {
                    http.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal);
                    // A query names list filters; none is needed to follow a request, so none leaves the process.
                    http.EnrichWithHttpRequest = (activity, _) => activity.SetTag("url.query", null);
                })
                .AddSource(MassTransit)
                .AddSource(ApprovalsTelemetry.Name))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddMeter(MassTransit)
                .AddMeter(ApprovalsTelemetry.Name));
        if (exporting)
            telemetry.UseOtlpExporter();
    }

    /// <summary><c>approvals</c> for the embedded default, <c>approvals-review</c> for a process hosting review alone.</summary>
    static string ServiceName(ServerRoles roles) =>
        roles == ServerRoles.Parse("all") ? "approvals" : $"approvals-{roles.ToString().Replace(',', '-')}";
}
