using Approvals.Messaging.CrashGuard;
using Approvals.Messaging.Outbox;
using Approvals.Messaging.Scheduling;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Messaging.Bus;

public static class BusRegistration
{
    /// <summary>What the in-memory transport may have held when a process died: replayed at the next start.</summary>
    static readonly TimeSpan InMemoryRetention = TimeSpan.FromMinutes(15);

    /// <summary>
    /// One bus for whichever services this process hosts; the transport comes from configuration and nothing above the
    /// bus knows which one it is.
    /// </summary>
    /// <param name="subscriptions">What every service of the system takes, hosted here or not: a publisher declares its subscribers' queues.</param>
    public static IServiceCollection AddApprovalsBus(this IServiceCollection services, IConfiguration configuration,
        IReadOnlyCollection<Subscription> subscriptions, Action<IBusRegistrationConfigurator> registerServices)
    {
        var options = configuration.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new MessagingOptions();
        if (options.Transport == TransportKind.InMemory)
        {
            services.PostConfigure<OutboxOptions>(outbox =>
            {
                if (outbox.RetainSentFor == TimeSpan.Zero)
                    outbox.RetainSentFor = InMemoryRetention;
            });
        }

        if (options.Transport == TransportKind.RabbitMq)
            services.AddCrashGuard(configuration);

        services.AddMassTransit(bus =>
        {
            // MassTransit reports usage to its vendor a few minutes after start; a medical system does not call home.
            bus.DisableUsageTelemetry();
            bus.SetKebabCaseEndpointNameFormatter();
            // Timers go to our durable scheduler (hosted by the workflow role): no broker plugin needed.
            bus.AddMessageScheduler(SchedulerAddress.Uri);
            // Only what every endpoint needs; each service puts its own queue behind ServiceEndpointPolicy.
            bus.AddConfigureEndpointsCallback((context, name, endpoint) =>
            {
                if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
                {
                    endpoint.UseCrashGuard(context);
                    RabbitMqTopology.ApplyQueuePolicy(rabbit, name);
                }
            });
            registerServices(bus);

            switch (options.Transport)
            {
                case TransportKind.InMemory:
                    bus.UsingInMemory((context, cfg) =>
                    {
                        cfg.UseMessageScheduler(SchedulerAddress.Uri);
                        cfg.ConfigureEndpoints(context);
                    });
                    break;
                case TransportKind.RabbitMq:
                    bus.UsingRabbitMq((context, cfg) =>
                    {
                        RabbitMqTopology.ConfigureHost(cfg, options.RabbitMq);
                        SubscriberBindings.DeclareOnPublish(cfg, subscriptions);
                        MandatoryRouting.Require(cfg, subscriptions);
                        cfg.UseMessageScheduler(SchedulerAddress.Uri);
                        cfg.ConfigureEndpoints(context);
                    });
                    break;
                default:
                    throw new InvalidOperationException($"Unknown transport '{options.Transport}'.");
            }
        });
        return services;
    }
}
