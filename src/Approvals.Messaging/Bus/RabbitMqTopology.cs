using MassTransit;

namespace Approvals.Messaging.Bus;

/// <summary>How the services use RabbitMQ in production: confirmed publishes, quorum queues, a dead-letter backstop.</summary>
public static class RabbitMqTopology
{
    /// <summary>A message redelivered this often crashed its consumer each time (no retry ran): it is dead-lettered.</summary>
    public const int DeliveryLimit = 10;

    public static string DeadLetterName(string queue) => $"{queue}_dead-letter";

    public static void ConfigureHost(IRabbitMqBusFactoryConfigurator cfg, RabbitMqOptions rabbit) =>
        cfg.Host(rabbit.Host, rabbit.Port, rabbit.VirtualHost, h =>
        {
            h.Username(rabbit.Username);
            h.Password(rabbit.Password);
            // A publish counts only once the broker confirmed it; never turn this off.
            h.PublisherConfirmation = true;
            // Notice a dead connection within seconds, then reconnect (MassTransit recovers consumers itself).
            h.Heartbeat(TimeSpan.FromSeconds(10));
            if (rabbit.ClusterNodes is { Count: > 0 } nodes)
            {
                h.UseCluster(cluster => { foreach (var node in nodes) cluster.Node(node); });
                h.OnRefreshConnectionFactory = new ClusterReconnectPause(ClusterReconnectPause.Default).BeforeConnecting;
            }
        });

    /// <summary>
    /// Quorum queues survive a broker restart with their messages and count deliveries. A message that keeps killing
    /// its consumer before it can be acknowledged (so MassTransit's retry and error queue never see it) is moved to
    /// the queue's dead-letter queue when a delivery dies after <see cref="DeliveryLimit"/> redeliveries, instead of
    /// looping for ever. The broker counts a death against every message the consumer held, so a message held
    /// alongside the culprit through every one of its deliveries is dead-lettered with it.
    /// </summary>
    public static void ApplyQueuePolicy(IRabbitMqReceiveEndpointConfigurator endpoint, string queue)
    {
        ApplyQueueArguments(endpoint, queue);
        // Quorum too, so it has a replica on every node of a cluster. A classic queue lives on the node that declared
        // it: with that node lost, every redeclaration elsewhere fails (404 "home node ... is down"), and the
        // endpoint that binds it could not start again on another node until the lost one returned.
        endpoint.BindDeadLetterQueue(DeadLetterName(queue), DeadLetterName(queue), deadLetter => deadLetter.SetQuorumQueue());
    }

    /// <summary>
    /// The queue's declaration, shared by its consumer and by the publishers that declare it first
    /// (<see cref="SubscriberBindings"/>): RabbitMQ refuses a second declaration whose arguments differ.
    /// </summary>
    public static void ApplyQueueArguments(IRabbitMqQueueConfigurator queue, string name)
    {
        queue.SetQuorumQueue();
        queue.SetQueueArgument("x-delivery-limit", DeliveryLimit);
        queue.SetQueueArgument("x-dead-letter-exchange", DeadLetterName(name));
    }
}
