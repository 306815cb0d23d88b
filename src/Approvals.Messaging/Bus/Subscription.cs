using MassTransit;

namespace Approvals.Messaging.Bus;

/// <summary>A service queue that takes a message contract: one line of the system's routing map.</summary>
public sealed record Subscription(string Queue, Type Contract)
{
    /// <summary>The contract's exchange, as MassTransit names it by default (namespace:name).</summary>
    public string Exchange => $"{Contract.Namespace}:{Contract.Name}";

    /// <summary>One subscription per message type the <paramref name="consumers"/> on <paramref name="queue"/> take.</summary>
    public static IEnumerable<Subscription> ConsumedBy(string queue, IEnumerable<Type> consumers) =>
        consumers.SelectMany(consumer => consumer.GetInterfaces())
            .Where(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IConsumer<>))
            .Select(contract => new Subscription(queue, contract.GetGenericArguments()[0]))
            .Distinct();
}
