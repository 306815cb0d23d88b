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
    static readonly string ContractsNamespace = typeof(ApprovalRequested).Namespace!;

    /// <summary>Per destination exchange: its contract's publish endpoint, or null for an exchange that is no contract's.</summary>
    static readonly ConcurrentDictionary<string, Func<IPublishEndpointProvider, Task<ISendEndpoint>>?> PublishEndpoints = new();

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
    static Task<ISendEndpoint> EndpointFor(ISendEndpointProvider endpoints, Uri destination) =>
        endpoints is IPublishEndpointProvider publishers
        && PublishEndpoints.GetOrAdd(Uri.UnescapeDataString(destination.Segments[^1]), PublishEndpointOf) is { } publishEndpoint
            ? publishEndpoint(publishers)
            : endpoints.GetSendEndpoint(destination);

    /// <summary>The publish endpoint of the contract whose exchange is <paramref name="exchange"/> (namespace:name), if it is one of ours.</summary>
    static Func<IPublishEndpointProvider, Task<ISendEndpoint>>? PublishEndpointOf(string exchange)
    {
        var separator = exchange.IndexOf(':', StringComparison.Ordinal);
        if (separator < 0 || exchange[..separator] != ContractsNamespace
            || Contracts.GetType($"{ContractsNamespace}.{exchange[(separator + 1)..]}") is not { } contract)
            return null;
        return typeof(StoredMessageSender).GetMethod(nameof(PublishEndpoint), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(contract)
            .CreateDelegate<Func<IPublishEndpointProvider, Task<ISendEndpoint>>>();
    }

    static Task<ISendEndpoint> PublishEndpoint<T>(IPublishEndpointProvider publishers) where T : class => publishers.GetPublishSendEndpoint<T>();

    /// <summary>Placeholder message type: the send pipe replaces the body with the stored one.</summary>
    sealed class Stored;
}
