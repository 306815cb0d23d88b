using Approvals.Integration.Tests.Infrastructure;
using Approvals.Integration.Tests.Load;
using Xunit.Abstractions;

namespace Approvals.Integration.Tests.Faults;

/// <summary>
/// Two of the three cluster nodes are lost (their Erlang VMs killed) while prescribers submit, then return. Every quorum
/// queue is left without a majority: the broker can neither confirm nor deliver what is published to it. The services
/// keep their connection to the surviving node, so what stalls is the queues, not the link.
/// </summary>
[Trait(Category.Trait, Category.Fault)]
[Collection(ClusterFaults.Name)]
public sealed class When_two_broker_cluster_nodes_are_lost_under_load(ITestOutputHelper output)
{
    [Fact]
    public async Task Should_keep_accepting_into_the_outbox_while_nothing_flows_and_deliver_every_request_once_the_nodes_return()
    {
        await DistributedDeployment.RunOnCluster(output, async deployment =>
        {
            IReadOnlyList<int> lost = [];
            var stopped = false;
            try
            {
                await OutageUnderLoad.Run(deployment, beforeLoad: async () =>
                {
                    await ClusterNodes.AssertEveryQueueReplicatedOnEachNode(deployment);
                    var kept = await ClusterNodes.TheServicesUse(deployment);
                    lost = [.. ClusterNodes.All.Where(node => node != kept)];
                }, outage: async ledger =>
                {
                    stopped = true;
                    foreach (var node in lost)
                        await BrokerCluster.StopNode(node);
                    var acceptedBefore = ledger.AcceptedIds.ToHashSet();
                    deployment.Note($"nodes {string.Join(" and ", lost)} lost after {acceptedBefore.Count} accepted");

                    // Intake keeps answering 202: a submission needs only its database and its bus outbox.
                    await Eventually.True(() => ledger.AcceptedCount >= acceptedBefore.Count + FaultScale.Requests(10),
                        "intake did not keep accepting submissions while the queues had no majority", FaultScale.Patience(30));
                    await AssertNothingWentFurtherThanIntake(deployment, [.. ledger.AcceptedIds.Except(acceptedBefore)]);

                    await Task.WhenAll(lost.Select(BrokerCluster.StartNode));
                    stopped = false;
                    deployment.Note($"nodes back after {ledger.AcceptedCount} accepted");
                });
            }
            finally
            {
                if (stopped)
                    await Task.WhenAll(lost.Select(BrokerCluster.StartNode));
            }
        });
    }

    /// <summary>
    /// The stall, seen from the databases: every request accepted since the majority was lost is still in intake's bus
    /// outbox, unsent, and has reached neither the workflow nor review.
    /// </summary>
    static async Task AssertNothingWentFurtherThanIntake(DistributedDeployment deployment, IReadOnlyCollection<Guid> acceptedSinceLoss)
    {
        var stored = await deployment.Databases.Read();
        var pending = stored.Outbox["intake_BusOutboxMessage"].Pending;
        deployment.Note($"{acceptedSinceLoss.Count} accepted since the loss; intake's bus outbox holds {pending} unsent");
        Assert.True(pending >= acceptedSinceLoss.Count, $"intake's bus outbox holds {pending} unsent, fewer than the {acceptedSinceLoss.Count} accepted since the loss");
        Assert.DoesNotContain(stored.Sagas, saga => acceptedSinceLoss.Contains(saga.RequestId));
        Assert.DoesNotContain(stored.Reviews, review => acceptedSinceLoss.Contains(review.RequestId));
    }
}
