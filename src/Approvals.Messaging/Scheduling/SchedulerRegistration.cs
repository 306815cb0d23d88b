using Approvals.Messaging.Bus;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Messaging.Scheduling;

public static class SchedulerRegistration
{
    /// <summary>The durable scheduler's table poller for timers stored in <typeparamref name="TDbContext"/>.</summary>
    public static IServiceCollection AddDurableScheduler<TDbContext>(this IServiceCollection services, IConfiguration configuration)
        where TDbContext : DbContext
    {
        services.AddOptions<SchedulerOptions>().Bind(configuration.GetSection(SchedulerOptions.Section));
        services.AddSingleton<ScheduledMessageDispatcher<TDbContext>>();
        services.AddHostedService<ScheduledMessagePoller<TDbContext>>();
        return services;
    }

    /// <summary>The scheduler's endpoint: schedule and cancel requests, stored behind the service policy (retry, inbox/outbox).</summary>
    public static void AddDurableSchedulerEndpoint<TDbContext>(this IBusRegistrationConfigurator bus)
        where TDbContext : DbContext
    {
        bus.AddConsumer<ScheduleMessageConsumer<TDbContext>>().Endpoint(e => e.Name = SchedulerAddress.QueueName);
        bus.ConfigureServiceQueue<TDbContext>(SchedulerAddress.QueueName);
    }
}
