using System.Net;
using Approvals.Integration.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Approvals.Integration.Tests.Faults;

/// <summary>
/// One of the three cluster nodes is lost (its Erlang VM killed) while prescribers submit. The node stays away until
/// every accepted request has been reviewed, approved and balanced: processing must not wait for it.
/// </summary>
[Trait(Category.Trait, Category.Fault)]
[Collection(ClusterFaults.Name)]
public sealed class When_a_broker_cluster_node_is_lost_under_load(ITestOutputHelper output)
{
    /// <summary>
    /// The lost node is the one every service is connected to, and leads every queue: each service reconnects to
    /// another node while the queues elect their new leaders. Without <c>ClusterReconnectPause</c> about one run in
    /// three stalled for good here: RabbitMQ 3.10 nacked every publish on intake's new channel.
    /// </summary>
    [Fact]
    public Task Should_carry_every_accepted_request_to_its_decision_when_the_node_the_services_use_is_lost() =>
        LoseOneNodeUnderLoad(ClusterNodes.TheServicesUse);

    async Task LoseOneNodeUnderLoad(Func<DistributedDeployment, Task<int>> chooseNode)
    {
        await DistributedDeployment.RunOnCluster(output, async deployment =>
        {
            var lost = 0;
            var stopped = false;
            try
            {
                await OutageUnderLoad.Run(deployment, beforeLoad: async () =>
                {
                    await ClusterNodes.AssertEveryQueueReplicatedOnEachNode(deployment);
                    lost = await chooseNode(deployment);
                }, outage: async ledger =>
                {
                    stopped = true;
                    await BrokerCluster.StopNode(lost);
                    deployment.Note($"node {lost} lost after {ledger.AcceptedCount} accepted");
                });
                deployment.Note($"ledger balanced, every request approved, node {lost} still away");
            }
            finally
            {
                if (stopped)
                    await BrokerCluster.StartNode(lost);
            }

            deployment.Note($"node {lost} back");
            foreach (var server in new[] { deployment.Intake, deployment.Review, deployment.Workflow })
                Assert.Equal(HttpStatusCode.OK, await server.Health("/health/ready"));
        });
    }
}
