using Approvals.Integration.Tests.Infrastructure;
using Approvals.Messaging.Bus;

namespace Approvals.Integration.Tests.Faults;

/// <summary>What the cluster fault tests check and choose before they take nodes away.</summary>
static class ClusterNodes
{
    public static readonly IReadOnlyList<int> All = [1, 2, 3];

    /// <summary>
    /// Every queue the services declared (their dead-letter queues too) is a quorum queue with a replica on each node,
    /// so losing one node loses no message and leaves a majority, and no endpoint depends on one node to start again. The services' own queues must be among them: a deployment whose queues fell
    /// back to classic ones (held on one node only) would pass an empty check.
    /// </summary>
    public static async Task AssertEveryQueueReplicatedOnEachNode(DistributedDeployment deployment)
    {
        var queues = await BrokerCluster.Replicas(deployment.VirtualHost);
        deployment.Note("queues: " + string.Join(", ", queues.Select(q => $"{q.Name} {q.Type} [{string.Join(",", q.Nodes)}]")));
        Assert.All(new[] { ServiceAddresses.IntakeQueue, ServiceAddresses.ReviewQueue, ServiceAddresses.WorkflowQueue }, service => Assert.Contains(queues, q => q.Name == service && q.Type == "quorum"));
        Assert.All(queues.Where(IsDurable), q => Assert.True(q.Type == "quorum" && q.Nodes.Order().SequenceEqual(All),
            $"{q.Name} is a {q.Type} queue on node(s) [{string.Join(",", q.Nodes)}], not a quorum queue on all three"));
    }

    /// <summary>
    /// The node that most of the deployment's connections reached: the services list node 1 first, but which node
    /// they use is the client's choice, and losing that one also forces every service to reconnect elsewhere.
    /// </summary>
    public static async Task<int> TheServicesUse(DistributedDeployment deployment)
    {
        var connected = await BrokerCluster.ConnectedNodes(deployment.VirtualHost);
        Assert.NotEmpty(connected);
        return connected.CountBy(node => node).MaxBy(count => count.Value).Key;
    }

    /// <summary>
    /// Each process's bus has a queue of its own for responses, deleted with its connection: it lives on the node
    /// the process is connected to and needs no replica.
    /// </summary>
    static bool IsDurable(QueueReplicas queue) => !queue.Name.Contains("_bus_", StringComparison.Ordinal);
}
