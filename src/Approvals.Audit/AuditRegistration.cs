using Approvals.Audit.Chain;
using Approvals.Audit.Persistence;
using Approvals.Audit.Recording;
using Approvals.Audit.Verification;
using Approvals.Messaging.Bus;
using Approvals.Messaging.Outbox;
using Approvals.Persistence;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Audit;

public static class AuditRegistration
{
    /// <summary>The audit service's queue: it binds every audited event.</summary>
    public const string Queue = "audit";

    public static IServiceCollection AddAuditService(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthorizationBuilder().AddAuditPolicy();
        services.AddAuditTrail(configuration);
        AuditedEvents.AddTranslations(services);
        services.AddScoped<IAuditTrailReader, AuditTrailReader>();
        services.AddScoped<AuditAppender>();
        return services.AddInboxOutbox<AuditDbContext>(configuration);
    }

    /// <summary>The trail's database and its verification, without the bus: enough for <c>audit verify</c>.</summary>
    public static IServiceCollection AddAuditTrail(this IServiceCollection services, IConfiguration configuration) =>
        services.AddServiceDbContext<AuditDbContext>(configuration, AuditDbContext.SchemaName)
            .AddScoped<ChainVerifier>();

    /// <summary>What the trail's queue takes, for every publisher to declare.</summary>
    public static IEnumerable<Subscription> Subscriptions => AuditedEvents.Contracts.Select(contract => new Subscription(Queue, contract));

    public static void AddAuditMessaging(this IBusRegistrationConfigurator bus)
    {
        AuditedEvents.AddConsumers(bus, Queue);
        bus.ConfigureServiceQueue<AuditDbContext>(Queue, AuditedEvents.PartitionByRequest);
    }
}
