using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Approvals.Server.Tests.Infrastructure;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Server.Tests.Hosting;

/// <summary>A medical system does not call home: nothing in the server reaches for a host beyond this machine.</summary>
public sealed class When_the_server_starts_and_stops
{
    /// <summary>
    /// MassTransit reports its usage minutes after the bus starts, or at once when the host stops if told to: told so
    /// here, its report would leave within this test.
    /// </summary>
    sealed class ReportingUsageAtShutdown : ApprovalsApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.Configure<UsageTelemetryOptions>(options => options.ReportOnShutdown = true));
        }
    }

    [Fact]
    public async Task Should_not_send_a_request_to_any_other_host()
    {
        var requests = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            // HttpClient's own activities: every request any HttpClient in this process sends.
            ShouldListenTo = source => source.Name == "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStarted = requests.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        await using (var factory = new ReportingUsageAtShutdown())
        {
            using var client = factory.CreateClient();
            using var ready = await client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }

        // Tags are set once a request has started, so they are read now, after the host (and MassTransit) stopped.
        var remote = requests.Select(r => r.GetTagItem("server.address") as string ?? r.DisplayName)
            .Where(host => !IsThisMachine(host))
            .ToList();
        Assert.Empty(remote);
    }

    static bool IsThisMachine(string host) =>
        host == "localhost" || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
}
