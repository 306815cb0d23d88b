using RabbitMQ.Client;

namespace Approvals.Messaging.Bus;

/// <summary>
/// Holds back every connection attempt to a RabbitMQ cluster after a process's first. When the node a service is
/// connected to is lost, MassTransit reconnects to another node within a fraction of a second, while the quorum queues
/// the lost node led are still electing new leaders. On RabbitMQ 3.10 a new channel that publishes to such a queue
/// before its election is over can have every later publish to it rejected (nacked) for as long as the channel lives,
/// and MassTransit keeps its channels: the bus outbox would stall until the process restarts. The elections normally
/// end within a second of the peers noticing the loss, so a reconnection waits a few. Retries of a failed first
/// connection (the broker down at start) wait too, which only spaces them out.
/// </summary>
public sealed class ClusterReconnectPause(TimeSpan pause)
{
    public static TimeSpan Default { get; } = TimeSpan.FromSeconds(5);

    int _attempts;

    /// <summary>MassTransit calls this before each connection attempt (<c>OnRefreshConnectionFactory</c>).</summary>
    public Task BeforeConnecting(ConnectionFactory factory) =>
        Interlocked.Increment(ref _attempts) == 1 ? Task.CompletedTask : Task.Delay(pause);
}
