using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Approvals.Server.Hosting;

/// <summary>The probes a service manager or orchestrator polls: live (the process answers) and ready (its stores answer).</summary>
public static class HealthProbes
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";

    public static void MapHealthProbes(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthTags.Ready) });
    }
}
