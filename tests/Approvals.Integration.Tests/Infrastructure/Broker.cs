using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace Approvals.Integration.Tests.Infrastructure;

/// <summary>
/// The private RabbitMQ node that build/test.sh starts. Each deployment gets its own virtual host, so runs never see
/// each other's queues. A missing broker fails the test: these tests exist to prove the real transport. The fault
/// tests also stop, kill and restart the node, always through build/broker.sh so that port and directory match.
/// </summary>
public static class Broker
{
    public static int Port { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("APPROVALS_TEST_RABBITMQ_PORT"), out var port) ? port : 5673;

    /// <summary>The node's data directory when it is not the script's default (.rabbitmq/ in the repository).</summary>
    static string? Directory => Environment.GetEnvironmentVariable("APPROVALS_BROKER_DIR") is { Length: > 0 } dir ? dir : null;

    public static async Task EnsureReachable()
    {
        if (!await IsReachable())
        {
            throw new InvalidOperationException(
                $"No RabbitMQ on 127.0.0.1:{Port}. Run the suite with build/test.sh, or start one with build/broker.sh start.");
        }
    }

    public static async Task<bool> IsReachable()
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public static Task AddVirtualHost(string name) => RunScript("add-vhost", name);

    public static Task DeleteVirtualHost(string name) => RunScript("delete-vhost", name);

    /// <summary>Every queue of the virtual host with the messages it holds, ready or unacknowledged.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> Queues(string virtualHost) =>
        BrokerScript.ParseQueues(await RunScript("queues", virtualHost));

    /// <summary>Starts the node if it is down (after <see cref="KillNode"/> or <see cref="Stop"/>) and waits for it.</summary>
    public static Task Start() => RunScript("start");

    /// <summary>Whatever a fault test did to the node, it runs and accepts connections again (for cleanup).</summary>
    public static async Task EnsureRunning()
    {
        await Start();
        await StartApplication();
    }

    /// <summary>A crash: SIGKILL to the node's beam.smp, as in a power cut of the broker's host.</summary>
    public static async Task KillNode()
    {
        var pid = int.Parse((await RunScript("pid")).Trim(), CultureInfo.InvariantCulture);
        using var beam = Process.GetProcessById(pid);
        beam.Kill();
        await beam.WaitForExitAsync();
    }

    /// <summary>The node stays up but stops its AMQP listener and queues (rabbitmqctl stop_app).</summary>
    public static Task StopApplication() => RunScript("stop-app");

    public static Task StartApplication() => RunScript("start-app");

    static Task<string> RunScript(params string[] arguments)
    {
        var environment = new Dictionary<string, string> { ["APPROVALS_BROKER_PORT"] = Port.ToString(CultureInfo.InvariantCulture) };
        if (Directory is { } directory)
            environment["APPROVALS_BROKER_DIR"] = directory;
        return BrokerScript.Run(RepositoryPaths.BrokerScript, environment, arguments);
    }
}
