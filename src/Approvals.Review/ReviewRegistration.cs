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

    public static void AddReviewMessaging(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<OpenReviewConsumer>().Endpoint(e => e.Name = ServiceAddresses.ReviewQueue);
        bus.AddConsumer<ResumeReviewConsumer>().Endpoint(e => e.Name = ServiceAddresses.ReviewQueue);
        bus.AddConsumer<CancelReviewConsumer>().Endpoint(e => e.Name = ServiceAddresses.ReviewQueue);
        bus.AddConsumer<ReviewOverdueConsumer>().Endpoint(e => e.Name = ServiceAddresses.ReviewQueue);
        bus.AddConsumer<ApprovalStatusConsumer>().Endpoint(e => e.Name = ServiceAddresses.ReviewQueue);
        bus.AddConsumer<SafetyOrderRefusedConsumer>().Endpoint(e => e.Name = ServiceAddresses.ReviewQueue);
        bus.ConfigureServiceQueue<ReviewDbContext>(ServiceAddresses.ReviewQueue);
    }
}
