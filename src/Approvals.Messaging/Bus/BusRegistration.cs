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
    public static IServiceCollection AddApprovalsBus(this IServiceCollection services, IConfiguration configuration,
        Action<IBusRegistrationConfigurator> registerServices)
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
            bus.AddConfigureEndpointsCallback((context, name, endpoint) =>
            {
                if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
                {
                    endpoint.UseCrashGuard(context);
                    RabbitMqTopology.ApplyQueuePolicy(rabbit, name);
                }

                ApplyEndpointPolicy(endpoint);
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
                        MandatoryRouting.Require(cfg);
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

    /// <summary>
    /// Short in-memory retries absorb lost races on the saga row and messages that overtake each other; after them a
    /// message goes to its endpoint's error queue, never nowhere. Each service then adds its own inbox/outbox.
    /// </summary>
    public static void ApplyEndpointPolicy(IReceiveEndpointConfigurator endpoint)
    {
        endpoint.UseMessageRetry(retry =>
        {
            retry.Intervals(50, 200, 500, 1000, 2000, 5000);
            retry.Ignore<ArgumentException>();
            // A refused crash-looper must not be retried: the retry would find its strikes cleared and run it again.
            retry.Ignore<CrashLoopException>();
        });
    }
}
