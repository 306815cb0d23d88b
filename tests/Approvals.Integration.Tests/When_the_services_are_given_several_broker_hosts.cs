using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Approvals.Integration.Tests.Accounting;
using Approvals.Integration.Tests.Infrastructure;
using Approvals.Integration.Tests.Load;
using Xunit.Abstractions;

namespace Approvals.Integration.Tests;

/// <summary>
/// <c>Messaging:RabbitMq:Hosts</c>: a cluster's nodes, of which the first named is down. The single-host settings point
/// at the dead port too, so only the list can lead the services to the broker.
/// </summary>
public sealed class When_the_services_are_given_several_broker_hosts(ITestOutputHelper output)
{
    [Fact]
    public async Task Should_connect_through_a_node_that_answers_and_carry_every_request_to_its_decision()
    {
        await DistributedDeployment.Run(output, async deployment =>
        {
            var dead = UnusedPort().ToString(CultureInfo.InvariantCulture);
            var hosts = new Dictionary<string, string>
            {
                ["Messaging__RabbitMq__Port"] = dead,
                ["Messaging__RabbitMq__Hosts__0"] = $"127.0.0.1:{dead}",
                ["Messaging__RabbitMq__Hosts__1"] = $"127.0.0.1:{deployment.BrokerPort}",
            };
            deployment.Intake = deployment.StartService("intake", hosts);
            deployment.Review = deployment.StartService("review", hosts);
            deployment.Workflow = deployment.StartService("workflow", hosts);
            foreach (var server in new[] { deployment.Intake, deployment.Review, deployment.Workflow })
                await server.WaitUntilReady(TimeSpan.FromSeconds(60));

            var ledger = new Ledger(Expectation.InReview);
            var (prescriber, reviewer) = await deployment.SignIn();
            await new LoadDriver(prescriber, ledger).Concurrent(10, parallelism: 2);
            Assert.Equal(10, ledger.AcceptedCount);
            await deployment.ApproveEveryAccepted(ledger, reviewer, TimeSpan.FromSeconds(60));
        });
    }

    /// <summary>A port nothing listens on: the kernel gave it to a listener that is closed again at once.</summary>
    static int UnusedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
