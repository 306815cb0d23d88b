using Approvals.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Approvals.Server.Tests.Observability;

/// <summary>Without an OTLP endpoint nothing listens to the spans and meters, and nothing could leave the machine.</summary>
public sealed class When_no_collector_is_configured(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    [Fact]
    public void Should_build_no_tracer_or_meter_provider()
    {
        Assert.Null(shared.Api.Services.GetService<TracerProvider>());
        Assert.Null(shared.Api.Services.GetService<MeterProvider>());
    }
}
