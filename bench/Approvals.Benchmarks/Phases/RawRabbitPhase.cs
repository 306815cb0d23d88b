using Approvals.Benchmarks.Measurement;
using Approvals.Benchmarks.Messages;
using Approvals.Messaging.Bus;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Approvals.Benchmarks.Phases;

/// <summary>
/// P1: the broker alone through RabbitMQ.Client 7.2.2 (the client MassTransit uses): persistent messages, publisher
/// confirms awaited per message within the window, a consumer with manual acks and the same prefetch. The same
/// ApprovalRequested JSON as body, without MassTransit's envelope.
/// </summary>
public sealed class RawRabbitPhase(BenchContext context, bool quorum) : IPhase
{
    public string Id => quorum ? "P1 quorum" : "P1 classic";
    public string Title => $"RabbitMQ.Client: persistent, confirms, manual ack, {(quorum ? "quorum" : "classic (default version)")} queue";
    public string Unit => "msg/s";

    public async Task<PhaseResult> Run(int repetition, CancellationToken cancellationToken)
    {
        var result = new PhaseResult(Id, repetition);
        var options = context.Options;
        var queue = BenchContext.QueueName(quorum ? "p1q" : "p1c", repetition);
        var factory = context.Broker.Factory($"bench-{queue}");
        var driver = new MessageDriver(context);
        try
        {
            await using var consumerConnection = await factory.CreateConnectionAsync(cancellationToken);
            await using var publisherConnection = await factory.CreateConnectionAsync(cancellationToken);
            await using var consumerChannel = await consumerConnection.CreateChannelAsync(cancellationToken: cancellationToken);
            await consumerChannel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, QueueArguments(),
                cancellationToken: cancellationToken);
            await consumerChannel.BasicQosAsync(0, (ushort)options.Prefetch, global: false, cancellationToken);
            var consumer = new AsyncEventingBasicConsumer(consumerChannel);
            consumer.ReceivedAsync += async (_, delivery) =>
            {
                driver.Completed(Guid.Parse(delivery.BasicProperties.MessageId!));
                await consumerChannel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
            };
            await consumerChannel.BasicConsumeAsync(queue, autoAck: false, consumer, cancellationToken);

            // The client tracks each confirm; our own window bounds what is outstanding, so its throttle is off.
            await using var publisher = await publisherConnection.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true,
                    outstandingPublisherConfirmationsRateLimiter: null), cancellationToken);
            Task Publish(Body message) =>
                publisher.BasicPublishAsync("", queue, mandatory: true,
                    new BasicProperties { Persistent = true, MessageId = message.Id.ToString("N"), ContentType = "application/json" },
                    message.Bytes, cancellationToken).AsTask();

            var warmup = Bodies(options.Warmup);
            var warm = await driver.Drive(warmup.Messages, (m, i) => Publish(warmup.Bodies[i]), null, cancellationToken);
            result.Violations.AddRange(warm.Summary.Violations.Select(v => "warm-up: " + v));

            var measured = Bodies(options.Messages);
            var (summary, cpu) = await driver.Drive(measured.Messages, (m, i) => Publish(measured.Bodies[i]),
                () => CpuMeter.Start(context.Broker.BrokerPid), cancellationToken);
            result.Apply(summary);
            result.Cpu = cpu;

            await driver.MeasureSingles((m, _) => Publish(new Body(m.RequestId, Payloads.Serialize(m))), result, cancellationToken);

            if (await context.Broker.MessageCount(queue, cancellationToken) is > 0 and var left)
                result.Violations.Add($"{left} messages left in the queue");
        }
        finally
        {
            await context.Broker.Delete([queue], CancellationToken.None);
        }

        return result;
    }

    Dictionary<string, object?> QueueArguments() => quorum
        ? new() { ["x-queue-type"] = "quorum", ["x-delivery-limit"] = RabbitMqTopology.DeliveryLimit }
        : new() { ["x-queue-type"] = "classic" };

    (IReadOnlyList<Contracts.ApprovalRequested> Messages, Body[] Bodies) Bodies(int count)
    {
        var messages = context.Payloads.Batch(count);
        return (messages, [.. messages.Select(m => new Body(m.RequestId, Payloads.Serialize(m)))]);
    }

    /// <summary>A message serialized ahead of the measurement, with the id the consumer reports back.</summary>
    sealed record Body(Guid Id, byte[] Bytes);
}
