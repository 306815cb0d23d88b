using System.Collections.Concurrent;
using System.Text.Json;
using MassTransit;
using MassTransit.Serialization;

namespace Approvals.Workflow.Tests.Harness;

/// <summary>
/// Records every message that left the bus as the envelope the transport carried. The outbox re-sends stored,
/// already-serialized bodies, which the harness lists untyped; this log reads them back as contracts.
/// </summary>
public sealed class SentMessageLog : ISendObserver
{
    readonly ConcurrentQueue<(Guid? MessageId, string[] Types, JsonElement Message)> _sent = new();

    public IReadOnlyList<(Guid? MessageId, T Message)> Of<T>()
        where T : class
    {
        var urn = MessageUrn.ForTypeString<T>();
        return _sent.Where(s => s.Types.Contains(urn))
            .Select(s => (s.MessageId, s.Message.Deserialize<T>(SystemTextJsonMessageSerializer.Options)!))
            .ToList();
    }

    public Task PostSend<T>(SendContext<T> context)
        where T : class
    {
        using var envelope = JsonDocument.Parse(context.Serializer.GetMessageBody(context).GetBytes());
        var root = envelope.RootElement;
        var types = root.GetProperty("messageType").EnumerateArray().Select(t => t.GetString()!).ToArray();
        _sent.Enqueue((context.MessageId, types, root.GetProperty("message").Clone()));
        return Task.CompletedTask;
    }

    public Task PreSend<T>(SendContext<T> context)
        where T : class => Task.CompletedTask;

    public Task SendFault<T>(SendContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
