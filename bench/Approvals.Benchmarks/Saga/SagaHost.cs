using Approvals.Benchmarks.Measurement;
using Approvals.Messaging.Bus;
using Approvals.Messaging.Outbox;
using Approvals.Persistence;
using Approvals.Messaging.Scheduling;
using Approvals.Workflow;
using Approvals.Workflow.Persistence;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Approvals.Benchmarks.Saga;

/// <summary>
/// The workflow service registered as the server registers it (AddWorkflowMessaging: the saga on our EF repository
/// with its endpoint policy, SQLite with its durability interceptor, the services' queue policy), except for the
/// endpoint's name, its prefetch and concurrency, which outbox guards it, and two counters on the DbContext.
/// </summary>
public static class SagaHost
{
    public static IHost Build(BenchContext context, OutboxKind outbox, string queue, string databasePath,
        EfCommitCounter efCommits, SqliteCommitHook sqliteCommits)
    {
        var options = context.Options;
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        var services = builder.Services;
        var configuration = new ConfigurationBuilder().Build();

        services.AddSingleton(TimeProvider.System);
        services.Configure<WorkflowOptions>(_ => { });
        services.Configure<MassTransitHostOptions>(host => host.WaitUntilStarted = true);
        services.AddDbContext<WorkflowDbContext>(db =>
        {
            DatabaseRegistration.Configure(db, DatabaseProvider.Sqlite, $"Data Source={databasePath}", WorkflowDbContext.SchemaName)
                .AddInterceptors(efCommits, sqliteCommits);
            if (options.BusyTimeoutMs > 0)
                db.AddInterceptors(new BusyTimeoutInterceptor(options.BusyTimeoutMs));
        });
        // The saga's review clock needs the durable scheduler, whose endpoint always runs behind our inbox/outbox.
        services.AddInboxOutbox<WorkflowDbContext>(configuration);
        services.AddDurableScheduler<WorkflowDbContext>(configuration);

        services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            bus.AddMessageScheduler(SchedulerAddress.Uri);
            bus.AddWorkflowMessaging(new WorkflowEndpointSettings
            {
                QueueName = queue,
                PrefetchCount = options.Prefetch,
                ConcurrentMessageLimit = options.Concurrency,
                InMemoryOutbox = outbox == OutboxKind.InMemory,
            });
            bus.AddConfigureEndpointsCallback((_, name, endpoint) =>
            {
                if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
                    RabbitMqTopology.ApplyQueuePolicy(rabbit, name);
            });
            bus.UsingRabbitMq((registration, cfg) =>
            {
                RabbitMqTopology.ConfigureHost(cfg, context.RabbitMq);
                cfg.UseMessageScheduler(SchedulerAddress.Uri);
                cfg.ConfigureEndpoints(registration);
            });
        });
        return builder.Build();
    }
}
