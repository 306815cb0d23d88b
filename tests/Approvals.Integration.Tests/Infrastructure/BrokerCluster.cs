using System.Globalization;
using System.Net.Sockets;

namespace Approvals.Integration.Tests.Infrastructure;

/// <summary>
/// The private three-node RabbitMQ cluster that build/test.sh starts beside the single broker (build/broker-cluster.sh),
/// for the tests that lose broker nodes. Like <see cref="Broker"/>, each deployment gets its own virtual host, and
/// every change to the nodes goes through the script so that ports and directories match. Nodes are numbered 1 to 3.
/// </summary>
public static class BrokerCluster
{
    /// <summary>Node 1's AMQP port; nodes 2 and 3 listen on the next two.</summary>
    public static int Port { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("APPROVALS_TEST_RABBITMQ_CLUSTER_PORT"), out var port) ? port : 5690;

    /// <summary>The nodes' data directory when it is not the script's default (.rabbitmq-cluster/ in the repository).</summary>
    static string? Directory => Environment.GetEnvironmentVariable("APPROVALS_CLUSTER_DIR") is { Length: > 0 } dir ? dir : null;

    static string Script => RepositoryPaths.In("build", "broker-cluster.sh");

    /// <summary>Every node as <c>host:port</c>, node 1 first: what <c>Messaging:RabbitMq:Hosts</c> lists.</summary>
    public static async Task<IReadOnlyList<string>> Hosts() => [.. BrokerScript.Lines(await RunScript("hosts"))];

    /// <summary>Every node accepts connections; a test that loses nodes must start from a whole cluster.</summary>
    public static async Task EnsureReachable()
    {
        foreach (var host in await Hosts())
        {
            var (address, port) = (host[..host.LastIndexOf(':')], int.Parse(host[(host.LastIndexOf(':') + 1)..], CultureInfo.InvariantCulture));
            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(address, port);
            }
            catch (SocketException)
            {
                throw new InvalidOperationException(
                    $"No RabbitMQ cluster node on {host}. Run the suite with build/test.sh, or start one with build/broker-cluster.sh start.");
            }
        }
    }

    public static Task AddVirtualHost(string name) => RunScript("add-vhost", name);

    public static Task DeleteVirtualHost(string name) => RunScript("delete-vhost", name);

    /// <summary>Every queue of the virtual host with the messages it holds, asked of a node that answers.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> Queues(string virtualHost) =>
        BrokerScript.ParseQueues(await RunScript("queues", virtualHost));

    /// <summary>Every queue of the virtual host with its type and the nodes that hold a replica.</summary>
    public static async Task<IReadOnlyList<QueueReplicas>> Replicas(string virtualHost) =>
    [
        .. BrokerScript.Lines(await RunScript("members", virtualHost)).Select(line => line.Split('\t')).Select(fields => new QueueReplicas(
            fields[0], fields[1],
            [.. fields.ElementAtOrDefault(2)?.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(n => int.Parse(n, CultureInfo.InvariantCulture)) ?? []])),
    ];

    /// <summary>The node of each client connection to the virtual host.</summary>
    public static async Task<IReadOnlyList<int>> ConnectedNodes(string virtualHost) =>
        [.. BrokerScript.Lines(await RunScript("connections", virtualHost)).Select(n => int.Parse(n, CultureInfo.InvariantCulture))];

    /// <summary>Node <paramref name="node"/> lost as a machine is: its Erlang VM killed (SIGKILL).</summary>
    public static Task StopNode(int node) => RunScript("stop-node", node.ToString(CultureInfo.InvariantCulture));

    /// <summary>Node <paramref name="node"/> back from its data directory, rejoined and answering.</summary>
    public static Task StartNode(int node) => RunScript("start-node", node.ToString(CultureInfo.InvariantCulture));

    /// <summary>Every node runs again, whatever a fault test did (for cleanup).</summary>
    public static Task EnsureRunning() => RunScript("start");

    static Task<string> RunScript(params string[] arguments)
    {
        var environment = new Dictionary<string, string> { ["APPROVALS_CLUSTER_PORT"] = Port.ToString(CultureInfo.InvariantCulture) };
        if (Directory is { } directory)
            environment["APPROVALS_CLUSTER_DIR"] = directory;
        return BrokerScript.Run(Script, environment, arguments);
    }
}

/// <summary>One queue of a cluster: its type (<c>quorum</c>, <c>classic</c>) and the numbers of the nodes holding it.</summary>
public sealed record QueueReplicas(string Name, string Type, IReadOnlyList<int> Nodes);
