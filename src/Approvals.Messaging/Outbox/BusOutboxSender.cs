using System.Text.Json;
using Approvals.Messaging.Diagnostics;
using MassTransit;

namespace Approvals.Messaging.Outbox;

internal static class BusOutboxSender
{
    /// <summary>Publishes or sends a stored message under its original MessageId, in the trace that stored it.</summary>
    public static async Task Deliver(IBus bus, BusOutboxMessage stored, TimeSpan timeout, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        using (ApprovalsTelemetry.ContinueTrace(stored.TraceParent, "outbox deliver"))
            await BoundedSend.Run(token => Send(bus, stored, token), timeout, cancellationToken);
        ApprovalsTelemetry.OutboxLag.Record((clock.GetUtcNow() - stored.Created).TotalSeconds);
    }

    static async Task Send(IBus bus, BusOutboxMessage stored, CancellationToken cancellationToken)
    {
        var type = Type.GetType(stored.MessageType, throwOnError: true)!;
        var message = JsonSerializer.Deserialize(stored.Body, type, BusOutboxSerialization.Options)!;
        var keepId = Pipe.Execute<SendContext>(context => context.MessageId = stored.MessageId);

        if (stored.DestinationAddress is null)
            await bus.Publish(message, type, keepId, cancellationToken);
        else
        {
            var endpoint = await bus.GetSendEndpoint(new Uri(stored.DestinationAddress));
            await endpoint.Send(message, type, keepId, cancellationToken);
        }
    }
}
