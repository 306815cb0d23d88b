using Approvals.Integration.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Approvals.Integration.Tests.Faults;

/// <summary>F3: the network between the services and the broker goes away under load (a TCP proxy killed), then returns.</summary>
[Trait(Category.Trait, Category.Fault)]
public sealed class When_the_broker_connection_is_cut(ITestOutputHelper output)
{
    [Fact]
    public async Task Should_reconnect_and_bring_every_accepted_request_to_review_and_decision_exactly_once()
    {
        await using var deployment = await DistributedDeployment.Create(output);
        await using var proxy = await TcpProxy.Start(Broker.Port);
        deployment.BrokerPort = proxy.Port;
        await deployment.Explain(() => OutageUnderLoad.Run(deployment, async ledger =>
        {
            await proxy.Cut();
            deployment.Note($"connections cut after {ledger.AcceptedCount} accepted");
            // Longer than the 10 s heartbeat, so a half-open connection would be noticed too.
            await Task.Delay(TimeSpan.FromSeconds(12));
            await proxy.Restore();
            deployment.Note($"proxy back after {ledger.AcceptedCount} accepted");
        }));
    }
}
