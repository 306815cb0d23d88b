using Approvals.Messaging.Faults;
using MassTransit;
using MassTransit.Configuration;
using MassTransit.Middleware;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Approvals.Messaging.Outbox;

public static class OutboxRegistration
{
    /// <summary>The inbox/outbox and the bus outbox for one service's DbContext.</summary>
    public static IServiceCollection AddInboxOutbox<TDbContext>(this IServiceCollection services, IConfiguration configuration)
        where TDbContext : DbContext
    {
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new FaultInjector(configuration));
        services.AddScoped<IOutboxContextFactory<TDbContext>, EfOutboxContextFactory<TDbContext>>();
        services.AddScoped<BusOutbox<TDbContext>>();
        services.AddSingleton<BusOutboxSignal<TDbContext>>();
        services.AddHostedService<BusOutboxDeliveryService<TDbContext>>();
        services.AddHostedService<InboxCleanupService<TDbContext>>();
        services.AddHostedService<OutboxReplayService<TDbContext>>();
        services.AddHostedService<ConsumerOutboxRedeliveryService<TDbContext>>();
        return services;
    }

    /// <summary>Puts every consumer and saga on <paramref name="endpoint"/> behind the inbox/outbox of <typeparamref name="TDbContext"/>.</summary>
    public static void UseInboxOutbox<TDbContext>(this IReceiveEndpointConfigurator endpoint, IRegistrationContext context)
        where TDbContext : DbContext
    {
        var observer = new OutboxConsumePipeSpecificationObserver<TDbContext>(endpoint, context);
        endpoint.ConnectConsumerConfigurationObserver(observer);
        endpoint.ConnectSagaConfigurationObserver(observer);
    }
}
