using System.Collections.Concurrent;
using System.Reflection;
using Approvals.Contracts;
using MassTransit;
using MassTransit.Middleware;
using MassTransit.Serialization;

namespace Approvals.Messaging.Outbox;

/// <summary>Sends an already-serialized message again, with its stored body, headers and MessageId.</summary>
internal static class StoredMessageSender
{
    static readonly Assembly Contracts = typeof(ApprovalRequested).Assembly;
    static readonly MethodInfo PublishEndpointOf = typeof(IPublishEndpointProvider).GetMethod(nameof(IPublishEndpointProvider.GetPublishSendEndpoint))!;
    static readonly ConcurrentDictionary<Type, MethodInfo> PublishEndpoints = new();

    public static Task Send(ISendEndpointProvider endpoints, OutboxMessage message, TimeSpan timeout, CancellationToken cancellationToken) =>
        BoundedSend.Run(token => Send(endpoints, message, token), timeout, cancellationToken);

    static async Task Send(ISendEndpointProvider endpoints, OutboxMessage message, CancellationToken cancellationToken)
    {
        var destination = message.DestinationAddress!;
        message.Deserialize(SystemTextJsonMessageSerializer.Instance);
        var endpoint = await EndpointFor(endpoints, destination);
        await endpoint.Send(new Stored(), new OutboxMessageSendPipe(message, destination), cancellationToken);
    }

    /// <summary>
    /// A stored publish of a contract goes out through that contract's publish endpoint, not as a plain send to its
    /// exchange: only the publish endpoint declares the subscribers' queues before the first message
    /// (<see cref="Bus.SubscriberBindings"/>), so no subscriber that has not started yet misses it.
    /// </summary>
    static Task<ISendEndpoint> EndpointFor(ISendEndpointProvider endpoints, Uri destination)
    {
        if (endpoints is IPublishEndpointProvider publishers && PublishedContract(destination) is { } contract)
        {
            var publishEndpoint = PublishEndpoints.GetOrAdd(contract, type => PublishEndpointOf.MakeGenericMethod(type));
            return (Task<ISendEndpoint>)publishEndpoint.Invoke(publishers, null)!;
        }

        return endpoints.GetSendEndpoint(destination);
    }

    /// <summary>The contract whose exchange <paramref name="destination"/> is (namespace:name), if it is one of ours.</summary>
    static Type? PublishedContract(Uri destination)
    {
        var exchange = Uri.UnescapeDataString(destination.Segments[^1]);
        var separator = exchange.IndexOf(':', StringComparison.Ordinal);
        if (separator < 0 || exchange[..separator] != typeof(ApprovalRequested).Namespace)
            return null;
        return Contracts.GetType($"{exchange[..separator]}.{exchange[(separator + 1)..]}");
    }

    /// <summary>Placeholder message type: the send pipe replaces the body with the stored one.</summary>
    sealed class Stored;
}
