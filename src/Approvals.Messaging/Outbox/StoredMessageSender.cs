using MassTransit;
using MassTransit.Middleware;
using MassTransit.Serialization;

namespace Approvals.Messaging.Outbox;

/// <summary>Sends an already-serialized message again, with its stored body, headers and MessageId.</summary>
internal static class StoredMessageSender
{
    public static Task Send(ISendEndpointProvider endpoints, OutboxMessage message, TimeSpan timeout, CancellationToken cancellationToken) =>
        BoundedSend.Run(token => Send(endpoints, message, token), timeout, cancellationToken);

    static async Task Send(ISendEndpointProvider endpoints, OutboxMessage message, CancellationToken cancellationToken)
    {
        var destination = message.DestinationAddress!;
        message.Deserialize(SystemTextJsonMessageSerializer.Instance);
        var endpoint = await endpoints.GetSendEndpoint(destination);
        await endpoint.Send(new Stored(), new OutboxMessageSendPipe(message, destination), cancellationToken);
    }

    /// <summary>Placeholder message type: the send pipe replaces the body with the stored one.</summary>
    sealed class Stored;
}
