using Approvals.Messaging.Scheduling;
using MassTransit;

namespace Approvals.Messaging.Bus;

/// <summary>
/// RabbitMQ drops a message its exchange cannot route, and still confirms it: when a message is sent to a service's
/// exchange before that service has declared its queue, an outbox would mark the message sent while it vanished.
/// Messages some service takes are therefore published "mandatory": RabbitMQ returns them, MassTransit throws, and
/// the outbox keeps them to try again. Events nobody takes stay optional. Published events normally find their queues
/// declared by the publisher itself (<see cref="SubscriberBindings"/>); this stays the backstop for both.
/// </summary>
public static class MandatoryRouting
{
    public static void Require(IRabbitMqBusFactoryConfigurator cfg, IReadOnlyCollection<Subscription> subscriptions)
    {
        var routed = RoutedExchanges(subscriptions);
        cfg.ConfigureSend(send => send.UseSendExecute(context => MarkMandatory(context, routed)));
        cfg.ConfigurePublish(publish => publish.UseExecute(context => MarkMandatory(context, routed)));
    }

    /// <summary>The exchange of every subscribed contract, and of every queue that takes commands sent to it.</summary>
    static HashSet<string> RoutedExchanges(IReadOnlyCollection<Subscription> subscriptions)
    {
        var routed = new HashSet<string>(StringComparer.Ordinal) { SchedulerAddress.QueueName };
        foreach (var subscription in subscriptions)
        {
            routed.Add(subscription.Queue);
            routed.Add(subscription.Exchange);
        }

        return routed;
    }

    static void MarkMandatory(SendContext context, HashSet<string> routed)
    {
        if (context.DestinationAddress is { } destination
            && routed.Contains(Uri.UnescapeDataString(destination.Segments[^1]))
            && context.TryGetPayload(out RabbitMqSendContext? rabbit))
            rabbit.Mandatory = true;
    }
}
