using Approvals.Audit;
using Approvals.Audit.Api;
using Approvals.Audit.Persistence;
using Approvals.Intake;
using Approvals.Intake.Api;
using Approvals.Intake.Persistence;
using Approvals.Messaging.Bus;
using Approvals.Persistence;
using Approvals.Review;
using Approvals.Review.Api;
using Approvals.Review.Persistence;
using Approvals.Workflow;
using Approvals.Workflow.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Server.Hosting;

/// <summary>Registers and maps only the services this process hosts.</summary>
public static class ServiceComposition
{
    public static IServiceCollection AddApprovalsServices(this IServiceCollection services, IConfiguration configuration, ServerRoles roles)
    {
        var health = services.AddHealthChecks();
        if (roles.Intake)
        {
            services.AddIntakeService(configuration);
            health.AddDbContextCheck<IntakeDbContext>(tags: [HealthTags.Ready]);
        }

        if (roles.Review)
        {
            services.AddReviewService(configuration);
            health.AddDbContextCheck<ReviewDbContext>(tags: [HealthTags.Ready]);
        }

        if (roles.Workflow)
        {
            services.AddWorkflowService(configuration);
            health.AddDbContextCheck<WorkflowDbContext>(tags: [HealthTags.Ready]);
        }

        if (roles.Audit)
        {
            services.AddAuditService(configuration);
            health.AddDbContextCheck<AuditDbContext>(tags: [HealthTags.Ready]);
        }

        services.AddApprovalsBus(configuration, SystemSubscriptions, bus =>
        {
            if (roles.Intake)
                bus.AddIntakeMessaging();
            if (roles.Review)
                bus.AddReviewMessaging();
            if (roles.Workflow)
                bus.AddWorkflowMessaging();
            if (roles.Audit)
                bus.AddAuditMessaging();
        });
        return services;
    }

    /// <summary>What every service takes, whichever of them this process hosts: its publishes must reach them all.</summary>
    static readonly IReadOnlyCollection<Subscription> SystemSubscriptions =
    [
        .. IntakeRegistration.Subscriptions, .. ReviewRegistration.Subscriptions, .. WorkflowRegistration.Subscriptions(),
        .. AuditRegistration.Subscriptions,
    ];

    public static void MapApprovalsServices(this IEndpointRouteBuilder app, ServerRoles roles)
    {
        if (roles.Intake)
        {
            app.MapRequests();
            app.MapProtocols();
            app.MapProtocolsInForce();
        }
        if (roles.Review)
        {
            app.MapReviews();
            app.MapSafetyActions();
        }
        if (roles.Audit)
            app.MapAudit();
    }

    /// <summary>Every service's DbContext alone, without its service: for the commands that work on the databases.</summary>
    public static IServiceCollection AddServiceDbContexts(this IServiceCollection services, IConfiguration configuration) =>
        services.AddServiceDbContext<IntakeDbContext>(configuration, IntakeDbContext.SchemaName)
            .AddServiceDbContext<ReviewDbContext>(configuration, ReviewDbContext.SchemaName)
            .AddServiceDbContext<WorkflowDbContext>(configuration, WorkflowDbContext.SchemaName)
            .AddServiceDbContext<AuditDbContext>(configuration, AuditDbContext.SchemaName);

    /// <summary>The DbContexts of the hosted services, for migrations.</summary>
    public static IEnumerable<Type> DbContextTypes(ServerRoles roles)
    {
        if (roles.Intake)
            yield return typeof(IntakeDbContext);
        if (roles.Review)
            yield return typeof(ReviewDbContext);
        if (roles.Workflow)
            yield return typeof(WorkflowDbContext);
        if (roles.Audit)
            yield return typeof(AuditDbContext);
    }

    public static async Task MigrateAsync(this IServiceProvider services, ServerRoles roles, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        foreach (var type in DbContextTypes(roles))
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(type);
            await db.Database.ThrowIfMadeByAnotherBuildAsync(cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
    }
}
