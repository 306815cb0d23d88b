using System.Diagnostics;
using Approvals.Messaging.Bus;
using RabbitMQ.Client;

namespace Approvals.Workflow.Tests.Bus;

/// <summary>
/// A process given a cluster's nodes connects at once, and waits before every later attempt: a reconnection after a
/// lost node must not open channels while the queues elect new leaders (see <see cref="ClusterReconnectPause"/>).
/// </summary>
public sealed class When_reconnecting_to_a_broker_cluster
{
    [Fact]
    public async Task Should_connect_at_once_the_first_time_and_wait_the_pause_before_each_later_attempt()
    {
        var pause = new ClusterReconnectPause(TimeSpan.FromMilliseconds(300));
        var factory = new ConnectionFactory();

        Assert.True(pause.BeforeConnecting(factory).IsCompletedSuccessfully);
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var elapsed = Stopwatch.StartNew();
            await pause.BeforeConnecting(factory);
            Assert.True(elapsed.Elapsed >= TimeSpan.FromMilliseconds(250), $"reconnected after {elapsed.Elapsed.TotalMilliseconds} ms");
        }
    }
}
