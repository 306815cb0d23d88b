using Approvals.Messaging.Bus;
using Approvals.Messaging.Outbox;
using Approvals.Workflow.Persistence;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Approvals.Workflow;

/// <summary>
/// The workflow queue and its policy, outermost first: message retry, partitioning by case, then the inbox/outbox (see
/// <see cref="ServiceEndpointPolicy"/> for why in that order). The policy is the endpoint's, so it covers
/// <see cref="Protocols.ProtocolCapWatcher"/> on the same queue too; the partitioning is the saga's alone.
/// </summary>
public sealed class ApprovalStateMachineDefinition : SagaDefinition<ApprovalState>
{
    readonly WorkflowEndpointSettings _settings;
    readonly int _partitions;

    public ApprovalStateMachineDefinition(WorkflowEndpointSettings settings, IOptions<WorkflowOptions> options)
    {
        _settings = settings;
        _partitions = options.Value.Partitions ?? 4 * (settings.ConcurrentMessageLimit ?? Environment.ProcessorCount);
        Endpoint(endpoint =>
        {
            endpoint.Name = settings.QueueName;
            endpoint.PrefetchCount = settings.PrefetchCount;
            endpoint.ConcurrentMessageLimit = settings.ConcurrentMessageLimit;
        });
    }

    protected override void ConfigureSaga(IReceiveEndpointConfigurator endpointConfigurator, ISagaConfigurator<ApprovalState> sagaConfigurator,
        IRegistrationContext context)
    {
        if (_settings.Retry)
            endpointConfigurator.UseServiceRetry();

        // Observers add their filters in the order they were connected: the partitioner before the outbox's.
        var machine = context.GetRequiredService<ApprovalStateMachine>();
        endpointConfigurator.ConnectSagaConfigurationObserver(new CasePartitions(machine, endpointConfigurator.CreatePartitioner(_partitions)));

        if (_settings.InMemoryOutbox)
            endpointConfigurator.UseInMemoryOutbox(context);
        else
            endpointConfigurator.UseInboxOutbox<WorkflowDbContext>(context);
    }
}
