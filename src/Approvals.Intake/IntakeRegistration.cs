using Approvals.Intake.Consumers;
using Approvals.Intake.Persistence;
using Approvals.Intake.Protocols;
using Approvals.Messaging.Bus;
using Approvals.Messaging.Configuration;
using Approvals.Messaging.Outbox;
using Approvals.Persistence;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Intake;

public static class IntakeRegistration
{
    public static IServiceCollection AddIntakeService(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ProtocolOptions>(configuration.GetSection(ProtocolOptions.Section));
        services.AddApprovalTerms(configuration);
        services.AddScoped<ProtocolStore>();
        services.AddScoped<ProtocolPublisher>();
        // Registered before the web server, so the shipped versions are stored before the first request.
        services.AddHostedService<ProtocolFileSeeder>();
        return services.AddServiceDbContext<IntakeDbContext>(configuration, IntakeDbContext.SchemaName)
            .AddInboxOutbox<IntakeDbContext>(configuration);
    }

    static readonly Type[] Consumers = [typeof(RequestStatusChangedConsumer), typeof(AttemptRefusedConsumer)];

    /// <summary>What intake's queue takes, for every publisher to declare.</summary>
    public static IEnumerable<Subscription> Subscriptions => Subscription.ConsumedBy(ServiceAddresses.IntakeQueue, Consumers);

    public static void AddIntakeMessaging(this IBusRegistrationConfigurator bus)
    {
        foreach (var consumer in Consumers)
            bus.AddConsumer(consumer).Endpoint(e => e.Name = ServiceAddresses.IntakeQueue);
        bus.ConfigureServiceQueue<IntakeDbContext>(ServiceAddresses.IntakeQueue);
    }
}
