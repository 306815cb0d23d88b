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

    public static void AddWorkflowMessaging(this IBusRegistrationConfigurator bus)
    {
        bus.AddSagaStateMachine<ApprovalStateMachine, ApprovalState>()
            .EfRepository<ApprovalState, WorkflowDbContext>()
            .Endpoint(e => e.Name = ServiceAddresses.WorkflowQueue);
        bus.AddConsumer<ProtocolCapWatcher>().Endpoint(e => e.Name = ServiceAddresses.WorkflowQueue);
        bus.AddDurableSchedulerEndpoint<WorkflowDbContext>();
        bus.AddConfigureEndpointsCallback((context, name, endpoint) =>
        {
            if (name == ServiceAddresses.WorkflowQueue)
                endpoint.UseInboxOutbox<WorkflowDbContext>(context);
        });
    }
}
