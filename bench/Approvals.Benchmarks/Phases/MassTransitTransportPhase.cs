using Approvals.Benchmarks.Infrastructure;
using Approvals.Benchmarks.Measurement;
using Approvals.Messaging.Bus;
using MassTransit;

namespace Approvals.Benchmarks.Phases;

/// <summary>
/// P2: MassTransit over the same broker with nothing behind it: the services' host settings (publisher confirms,
/// heartbeat), their queue policy (quorum, delivery limit, dead-letter queue) and endpoint policy (message retry),
/// and a consumer that does nothing. P2/P1 is the framework's own cost.
/// </summary>
public sealed class MassTransitTransportPhase(BenchContext context) : IPhase
{
    public string Id => "P2 MassTransit";
    public string Title => "MassTransit publish → no-op consumer, quorum queue, the services' endpoint policy";
    public string Unit => "msg/s";

    public async Task<PhaseResult> Run(int repetition, CancellationToken cancellationToken)
    {
        var result = new PhaseResult(Id, repetition);
        var options = context.Options;
        var queue = BenchContext.QueueName("p2", repetition);
        var driver = new MessageDriver(context);
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            RabbitMqTopology.ConfigureHost(cfg, context.RabbitMq);
            cfg.ReceiveEndpoint(queue, endpoint =>
            {
                endpoint.PrefetchCount = options.Prefetch;
                endpoint.ConcurrentMessageLimit = options.Concurrency;
                endpoint.UseServiceRetry();
                RabbitMqTopology.ApplyQueuePolicy(endpoint, queue);
                endpoint.Consumer(() => new CompletionConsumer(driver));
            });
        });

        await bus.StartAsync(cancellationToken);
        try
        {
            var warm = await driver.Drive(context.Payloads.Batch(options.Warmup), (m, _) => bus.Publish(m, cancellationToken), null,
                cancellationToken);
            result.Violations.AddRange(warm.Summary.Violations.Select(v => "warm-up: " + v));

            var (summary, cpu) = await driver.Drive(context.Payloads.Batch(options.Messages), (m, _) => bus.Publish(m, cancellationToken),
                () => CpuMeter.Start(context.Broker.BrokerPid), cancellationToken);
            result.Apply(summary);
            result.Cpu = cpu;
            await driver.MeasureSingles((m, _) => bus.Publish(m, cancellationToken), result, cancellationToken);

            if (await context.Broker.MessageCount($"{queue}_error", cancellationToken) is > 0 and var faulted)
                result.Violations.Add($"{faulted} messages in the error queue");
        }
        finally
        {
            await bus.StopAsync(CancellationToken.None);
            await context.Broker.Delete(BrokerAdmin.EndpointNames(queue), CancellationToken.None);
        }

        return result;
    }
}
