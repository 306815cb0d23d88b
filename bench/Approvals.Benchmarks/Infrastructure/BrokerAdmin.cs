using System.Globalization;
using System.Text;
using Approvals.Messaging.Bus;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Approvals.Benchmarks.Infrastructure;

/// <summary>
/// The benchmark's own virtual host on the broker, and the plain AMQP chores around the phases: declaring taps that
/// catch a phase's output, counting what a queue holds, deleting a phase's queues and exchanges afterwards.
/// </summary>
public sealed class BrokerAdmin : IAsyncDisposable
{
    readonly BenchOptions _options;
    readonly string _brokerDirectory;
    readonly bool _ownsVirtualHost;
    IConnection _connection = null!;

    BrokerAdmin(BenchOptions options, string virtualHost, bool ownsVirtualHost)
    {
        _options = options;
        _brokerDirectory = options.BrokerDir ?? RepositoryPaths.In(".rabbitmq");
        VirtualHost = virtualHost;
        _ownsVirtualHost = ownsVirtualHost;
    }

    public string VirtualHost { get; }
    public string ServerVersion { get; private set; } = "unknown";

    /// <summary>The broker's runtime as it announces itself, e.g. "Erlang/OTP 25.2.3".</summary>
    public string Platform { get; private set; } = "unknown";

    /// <summary>The broker's OS process (beam.smp), from broker.sh's pid file, for its CPU figures.</summary>
    public int? BrokerPid { get; private set; }

    public static async Task<BrokerAdmin> Open(BenchOptions options, CancellationToken cancellationToken)
    {
        var admin = options.VirtualHost is { } existing
            ? new BrokerAdmin(options, existing, ownsVirtualHost: false)
            : new BrokerAdmin(options, $"approvals-bench-{DateTime.UtcNow:yyyyMMddHHmmss}-{Environment.ProcessId}", ownsVirtualHost: true);
        if (admin._ownsVirtualHost)
            await BrokerScript.Run(options.Port, admin._brokerDirectory, "add-vhost", admin.VirtualHost);

        admin._connection = await admin.Factory("bench-admin").CreateConnectionAsync(cancellationToken);
        admin.ServerVersion = admin.ServerProperty("version") ?? admin.ServerVersion;
        admin.Platform = admin.ServerProperty("platform") ?? admin.Platform;
        var pidFile = Path.Combine(admin._brokerDirectory, "rabbitmq.pid");
        if (File.Exists(pidFile) && int.TryParse((await File.ReadAllTextAsync(pidFile, cancellationToken)).Trim(),
                CultureInfo.InvariantCulture, out var pid))
            admin.BrokerPid = pid;
        return admin;
    }

    string? ServerProperty(string name) =>
        _connection.ServerProperties?.TryGetValue(name, out var value) == true && value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : null;

    public ConnectionFactory Factory(string clientName) => new()
    {
        HostName = _options.Host,
        Port = _options.Port,
        VirtualHost = VirtualHost,
        UserName = "guest",
        Password = "guest",
        ClientProvidedName = clientName,
        ConsumerDispatchConcurrency = (ushort)_options.Concurrency,
    };

    /// <summary>
    /// A quorum queue bound to a fanout exchange (declared as MassTransit declares it), so a phase's output lands
    /// somewhere real, as it would in production, and can be counted afterwards.
    /// </summary>
    public async Task DeclareTap(string queue, string exchange, CancellationToken cancellationToken)
    {
        await using var channel = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
            new Dictionary<string, object?> { ["x-queue-type"] = "quorum" }, cancellationToken: cancellationToken);
        await channel.QueueBindAsync(queue, exchange, "", cancellationToken: cancellationToken);
    }

    /// <summary>Messages ready in the queue, or null when it does not exist.</summary>
    public async Task<uint?> MessageCount(string queue, CancellationToken cancellationToken)
    {
        await using var channel = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            var ok = await channel.QueueDeclarePassiveAsync(queue, cancellationToken);
            return ok.MessageCount;
        }
        catch (OperationInterruptedException)
        {
            return null; // 404: the passive declare closed this channel
        }
    }

    /// <summary>Deletes the queues and exchanges of these names (with their bindings); missing ones are fine.</summary>
    public async Task Delete(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        foreach (var name in names)
        {
            await using var channel = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
            await channel.QueueDeleteAsync(name, ifUnused: false, ifEmpty: false, cancellationToken: cancellationToken);
            await channel.ExchangeDeleteAsync(name, ifUnused: false, cancellationToken: cancellationToken);
        }
    }

    /// <summary>A MassTransit endpoint's queue and exchange with its error, skipped and dead-letter companions.</summary>
    public static IEnumerable<string> EndpointNames(string queue) =>
        [queue, $"{queue}_error", $"{queue}_skipped", RabbitMqTopology.DeadLetterName(queue)];

    public async ValueTask DisposeAsync()
    {
        await _connection.CloseAsync();
        _connection.Dispose();
        if (_ownsVirtualHost)
            await BrokerScript.Run(_options.Port, _brokerDirectory, "delete-vhost", VirtualHost);
    }
}
