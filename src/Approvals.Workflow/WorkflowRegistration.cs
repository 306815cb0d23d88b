using Approvals.Messaging.Bus;
using Approvals.Messaging.Configuration;
using Approvals.Messaging.Outbox;
using Approvals.Persistence;
using Approvals.Messaging.Sagas;
using Approvals.Messaging.Scheduling;
using Approvals.Workflow.Persistence;
using Approvals.Workflow.Protocols;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Workflow;

public static class WorkflowRegistration
{
    public static IServiceCollection AddWorkflowService(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WorkflowOptions>(configuration.GetSection(WorkflowOptions.Section));
        services.AddApprovalTerms(configuration);
        services.AddServiceDbContext<WorkflowDbContext>(configuration, WorkflowDbContext.SchemaName)
            .AddInboxOutbox<WorkflowDbContext>(configuration)
            .AddDurableScheduler<WorkflowDbContext>(configuration);
        return services;
    }

    /// <summary>The consumers on the workflow's queue beside the saga.</summary>
    static readonly Type[] Consumers = [typeof(ProtocolCapWatcher)];

    /// <summary>What the workflow's queue takes (the saga's events and the cap watcher's), for every publisher to declare.</summary>
    public static IEnumerable<Subscription> Subscriptions(WorkflowEndpointSettings? settings = null)
    {
        var queue = (settings ?? new WorkflowEndpointSettings()).QueueName;
        return typeof(ApprovalStateMachine).GetProperties()
            .Where(property => property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(Event<>))
            .Select(property => new Subscription(queue, property.PropertyType.GetGenericArguments()[0]))
            .Concat(Subscription.ConsumedBy(queue, Consumers))
            .Distinct();
    }

    /// <summary>
    /// The workflow's consumers as every host runs them (the server, the specs, the benchmark): the saga on our EF
    /// repository with its endpoint policy (<see cref="ApprovalStateMachineDefinition"/>), the protocol cap watcher on
    /// the same queue, and the durable scheduler's endpoint.
    /// </summary>
    public static void AddWorkflowMessaging(this IBusRegistrationConfigurator bus, WorkflowEndpointSettings? settings = null)
    {
        settings ??= new WorkflowEndpointSettings();
        bus.AddSingleton(settings);
        bus.AddSagaStateMachine<ApprovalStateMachine, ApprovalState, ApprovalStateMachineDefinition>()
            .EfRepository<ApprovalState, WorkflowDbContext>();
        foreach (var consumer in Consumers)
            bus.AddConsumer(consumer).Endpoint(e => e.Name = settings.QueueName);
        bus.AddDurableSchedulerEndpoint<WorkflowDbContext>();
    }
}
