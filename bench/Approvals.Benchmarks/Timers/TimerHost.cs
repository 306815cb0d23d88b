using Approvals.Messaging.Bus;
using Approvals.Messaging.Outbox;
using Approvals.Messaging.Scheduling;
using Approvals.Persistence;
using Approvals.Workflow.Persistence;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Approvals.Benchmarks.Timers;

/// <summary>
/// The durable scheduler as the workflow role hosts it (its table in WorkflowDbContext on SQLite with the services'
/// pragmas, its poller on the system clock), on the embedded default's bus (in memory), with a counting consumer on the
/// queue the timers name.
/// </summary>
public static class TimerHost
{
    public static IHost Build(BenchContext context, string queue, string databasePath, TimerTally tally)
    {
        var options = context.Options;
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        var services = builder.Services;
        var configuration = new ConfigurationBuilder().Build();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(tally);
        services.AddDbContext<WorkflowDbContext>(db =>
            DatabaseRegistration.Configure(db, DatabaseProvider.Sqlite, $"Data Source={databasePath}", WorkflowDbContext.SchemaName));
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section));
        services.Configure<MassTransitHostOptions>(host => host.WaitUntilStarted = true);
        // The bus first, so it has started before the poller's first round.
        services.AddApprovalsBus(configuration, [], bus => bus.AddConsumer<TimerFiredConsumer>().Endpoint(endpoint =>
        {
            endpoint.Name = queue;
            endpoint.PrefetchCount = options.Prefetch;
            endpoint.ConcurrentMessageLimit = options.Concurrency;
        }));
        services.AddDurableScheduler<WorkflowDbContext>(configuration);
        return builder.Build();
    }
}
