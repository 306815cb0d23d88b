using System.Diagnostics;
using System.Net.Sockets;

namespace Approvals.Integration.Tests.Infrastructure;

/// <summary>
/// The private RabbitMQ node that build/test.sh starts. Each deployment gets its own virtual host, so runs never see
/// each other's queues. A missing broker fails the test: these tests exist to prove the real transport.
/// </summary>
public static class Broker
{
    public static int Port { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("APPROVALS_TEST_RABBITMQ_PORT"), out var port) ? port : 5673;

    public static async Task EnsureReachable()
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", Port);
        }
        catch (SocketException e)
        {
            throw new InvalidOperationException(
                $"No RabbitMQ on 127.0.0.1:{Port}. Run the suite with build/test.sh, or start one with build/broker.sh start.", e);
        }
    }

    public static Task AddVirtualHost(string name) => RunScript("add-vhost", name);

    public static Task DeleteVirtualHost(string name) => RunScript("delete-vhost", name);

    static async Task RunScript(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(RepositoryPaths.BrokerScript);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["APPROVALS_BROKER_PORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"broker.sh {string.Join(' ', arguments)} failed: {error}");
    }
}
