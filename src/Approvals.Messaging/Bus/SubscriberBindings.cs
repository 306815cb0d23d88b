using MassTransit;

namespace Approvals.Messaging.Bus;

/// <summary>
/// A publisher declares the queue and binding of every subscriber of what it publishes, before the first message.
/// Mandatory routing (<see cref="MandatoryRouting"/>) only notices an exchange with no queue at all: when one
/// subscriber has bound and another has not yet (a fresh virtual host, services starting in any order), RabbitMQ
/// routes the event to the first and drops the second's copy, and confirms. With the queues declared by the publisher,
/// an event waits in a subscriber's queue until the subscriber starts, however late.
/// </summary>
public static class SubscriberBindings
{
    public static void DeclareOnPublish(IRabbitMqBusFactoryConfigurator cfg, IEnumerable<Subscription> subscriptions)
    {
        foreach (var byContract in subscriptions.GroupBy(s => s.Contract))
        {
            cfg.Publish(byContract.Key, publish =>
            {
                // Bound straight from the message exchange; RabbitMQ delivers a message once per queue however many
                // paths lead there, so the consumer's own binding (through the queue's exchange) adds no copy.
                foreach (var subscription in byContract)
                {
                    publish.BindQueue(subscription.Exchange, subscription.Queue,
                        queue => RabbitMqTopology.ApplyQueueArguments(queue, subscription.Queue));
                }
            });
        }
    }
}
