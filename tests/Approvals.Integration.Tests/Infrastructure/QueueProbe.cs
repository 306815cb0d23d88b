using System.Text;
using RabbitMQ.Client;

namespace Approvals.Integration.Tests.Infrastructure;

/// <summary>
/// A plain AMQP connection to one existing queue of a virtual host, to look without taking: its depth (cheap enough to
/// poll, unlike rabbitmqctl) and the messages in it, each fetched and put back.
/// </summary>
public sealed class QueueProbe : IAsyncDisposable
{
    readonly IConnection _connection;
    readonly IChannel _channel;
    readonly string _queue;

    QueueProbe(IConnection connection, IChannel channel, string queue)
    {
        _connection = connection;
        _channel = channel;
        _queue = queue;
    }

    public static async Task<QueueProbe> Open(string virtualHost, string queue)
    {
        var factory = new ConnectionFactory
        {
            HostName = "127.0.0.1",
            Port = Broker.Port,
            VirtualHost = virtualHost,
            UserName = "guest",
            Password = "guest",
        };
        var connection = await factory.CreateConnectionAsync();
        return new QueueProbe(connection, await connection.CreateChannelAsync(), queue);
    }

    /// <summary>Messages ready in the queue (a passive declare: fails if the queue does not exist).</summary>
    public async Task<uint> Count() => (await _channel.QueueDeclarePassiveAsync(_queue)).MessageCount;

    /// <summary>Every ready message's id, first death reason and fault; all of them are requeued before this returns.</summary>
    public async Task<IReadOnlyList<PeekedMessage>> Peek()
    {
        var seen = new List<PeekedMessage>();
        ulong last = 0;
        while (await _channel.BasicGetAsync(_queue, autoAck: false) is { } message)
        {
            last = message.DeliveryTag;
            seen.Add(new PeekedMessage(message.BasicProperties.MessageId, Header(message, "x-first-death-reason"),
                Header(message, "MT-Fault-ExceptionType")));
        }

        if (seen.Count > 0)
            await _channel.BasicNackAsync(last, multiple: true, requeue: true);
        return seen;
    }

    static string? Header(BasicGetResult message, string name) =>
        message.BasicProperties.Headers?.TryGetValue(name, out var value) == true && value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : null;

    public async ValueTask DisposeAsync()
    {
        await _channel.CloseAsync();
        await _connection.CloseAsync();
        _channel.Dispose();
        _connection.Dispose();
    }
}

/// <summary>A message seen in a queue: its id, why RabbitMQ dead-lettered it, and the exception MassTransit faulted it with.</summary>
public sealed record PeekedMessage(string? MessageId, string? DeathReason, string? FaultExceptionType);
