using Approvals.Messaging.Bus;
using Approvals.Messaging.Configuration;
using Approvals.Messaging.Outbox;
using Approvals.Persistence;
using Approvals.Review.Consumers;
using Approvals.Review.Persistence;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Review;

public static class ReviewRegistration
{
    public static IServiceCollection AddReviewService(this IServiceCollection services, IConfiguration configuration) =>
        services.AddApprovalTerms(configuration)
            .AddServiceDbContext<ReviewDbContext>(configuration, ReviewDbContext.SchemaName)
            .AddInboxOutbox<ReviewDbContext>(configuration);

    static readonly Type[] Consumers =
    [
        typeof(OpenReviewConsumer), typeof(ResumeReviewConsumer), typeof(CancelReviewConsumer), typeof(ReviewOverdueConsumer),
        typeof(ApprovalStatusConsumer), typeof(SafetyOrderRefusedConsumer),
    ];

    /// <summary>What review's queue takes, for every publisher to declare.</summary>
    public static IEnumerable<Subscription> Subscriptions => Subscription.ConsumedBy(ServiceAddresses.ReviewQueue, Consumers);

    public static void AddReviewMessaging(this IBusRegistrationConfigurator bus)
    {
        foreach (var consumer in Consumers)
            bus.AddConsumer(consumer).Endpoint(e => e.Name = ServiceAddresses.ReviewQueue);
        bus.ConfigureServiceQueue<ReviewDbContext>(ServiceAddresses.ReviewQueue);
    }
}
