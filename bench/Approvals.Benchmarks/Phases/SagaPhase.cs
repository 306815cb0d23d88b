using Approvals.Benchmarks.Measurement;
using Approvals.Benchmarks.Saga;
using Approvals.Contracts;
using Approvals.Messaging.Bus;
using Approvals.Workflow.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Approvals.Benchmarks.Phases;

/// <summary>
/// P3 and P4: ApprovalRequested messages drive ApprovalStateMachine (Initial → UnderReview: a saga row, an OpenReview
/// command, two timeline events) through our EF repository on a fresh SQLite file, behind MassTransit's in-memory
/// outbox (P3) or our inbox/outbox (P4). A message counts when its whole consume has finished.
/// </summary>
public sealed class SagaPhase(BenchContext context, OutboxKind outbox) : IPhase
{
    /// <summary>MassTransit's exchange for a published message type on RabbitMQ: "Namespace:TypeName".</summary>
    static readonly string TimelineExchange = $"{typeof(RequestStatusChanged).Namespace}:{nameof(RequestStatusChanged)}";

    public OutboxKind Outbox => outbox;

    string Tag => outbox == OutboxKind.InMemory ? "p3" : "p4";

    public string Id => outbox == OutboxKind.InMemory ? "P3 saga+in-memory outbox" : "P4 saga+inbox/outbox";
    public string Title => outbox == OutboxKind.InMemory
        ? "ApprovalStateMachine, our EF repository, UseInMemoryOutbox, SQLite WAL/FULL"
        : "ApprovalStateMachine, our EF repository, UseInboxOutbox<WorkflowDbContext>, SQLite WAL/FULL";
    public string Unit => "msg/s";

    public async Task<PhaseResult> Run(int repetition, CancellationToken cancellationToken)
    {
        var result = new PhaseResult(Id, repetition);
        var options = context.Options;
        var name = BenchContext.QueueName(Tag, repetition);
        var queues = new SagaQueues($"{name}-workflow", $"{name}-review-tap", $"{name}-timeline-tap");
        var efCommits = new EfCommitCounter();
        var sqliteCommits = new SqliteCommitHook();

        await context.Broker.DeclareTap(queues.ReviewTap, ServiceAddresses.ReviewQueue, cancellationToken);
        await context.Broker.DeclareTap(queues.StatusTap, TimelineExchange, cancellationToken);
        using var host = SagaHost.Build(context, outbox, queues.Workflow, context.DataPath($"{name}.db"), efCommits, sqliteCommits);
        var running = false;
        try
        {
            await using (var scope = host.Services.CreateAsyncScope())
                await scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().Database.MigrateAsync(cancellationToken);

            var driver = new MessageDriver(context);
            var bus = host.Services.GetRequiredService<IBus>();
            bus.ConnectConsumeMessageObserver(new SagaCompletionObserver(driver));
            await host.StartAsync(cancellationToken);
            running = true;

            var warm = await driver.Drive(context.Payloads.Batch(options.SagaWarmup), (m, _) => bus.Publish(m, cancellationToken), null,
                cancellationToken);
            result.Violations.AddRange(warm.Summary.Violations.Select(v => "warm-up: " + v));

            var (efBefore, sqliteBefore) = (efCommits.Commits, sqliteCommits.Commits);
            var (summary, cpu) = await driver.Drive(context.Payloads.Batch(options.SagaMessages), (m, _) => bus.Publish(m, cancellationToken),
                () => CpuMeter.Start(context.Broker.BrokerPid), cancellationToken);
            result.Apply(summary);
            result.Cpu = cpu;
            var consumed = options.SagaMessages * SagaInvariants.ConsumedPerSubmission(outbox);
            result.CommitsPerMessage = (double)(efCommits.Commits - efBefore) / consumed;
            result.SqliteCommitsPerMessage = (double)(sqliteCommits.Commits - sqliteBefore) / consumed;
            await driver.MeasureSingles((m, _) => bus.Publish(m, cancellationToken), result, cancellationToken);

            await host.StopAsync(cancellationToken);
            running = false;
            await SagaInvariants.Check(context, host.Services, outbox, options.SagaWarmup + options.SagaMessages + MessageDriver.SingleSamples, queues, result, cancellationToken);
        }
        finally
        {
            if (running)
                await host.StopAsync(CancellationToken.None);
            await context.Broker.Delete(queues.All, CancellationToken.None);
        }

        return result;
    }
}
