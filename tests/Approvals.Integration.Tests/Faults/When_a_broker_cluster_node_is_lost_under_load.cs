using System.Net;
using Approvals.Integration.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Approvals.Integration.Tests.Faults;

/// <summary>
/// One of the three cluster nodes is lost (its Erlang VM killed) while prescribers submit: the node the services are
/// connected to, so every service reconnects to another and each queue's leader there is elected anew. The node stays
/// away until every accepted request has been reviewed, approved and balanced: processing must not wait for it.
/// </summary>
[Trait(Category.Trait, Category.Fault)]
[Collection(ClusterFaults.Name)]
public sealed class When_a_broker_cluster_node_is_lost_under_load(ITestOutputHelper output)
{
    [Fact]
    public async Task Should_carry_every_accepted_request_to_its_decision_on_the_two_remaining_nodes_without_restarting_a_service()
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
                    lost = await ClusterNodes.TheServicesUse(deployment);
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
