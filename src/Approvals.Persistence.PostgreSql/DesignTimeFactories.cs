using Approvals.Audit.Persistence;
using Approvals.Intake.Persistence;
using Approvals.Review.Persistence;
using Approvals.Workflow.Persistence;

namespace Approvals.Persistence.PostgreSql;

/// <summary>The EF tools' way to each service's context on PostgreSQL, for the migrations in this assembly.</summary>
static class DesignTime
{
    public const DatabaseProvider Provider = DatabaseProvider.PostgreSql;
    public const string ConnectionString = "Host=localhost;Database=approvals;Username=approvals";
}

public sealed class IntakeContextFactory() : DesignTimeContextFactory<IntakeDbContext>(DesignTime.Provider, DesignTime.ConnectionString, IntakeDbContext.SchemaName);

public sealed class ReviewContextFactory() : DesignTimeContextFactory<ReviewDbContext>(DesignTime.Provider, DesignTime.ConnectionString, ReviewDbContext.SchemaName);

public sealed class WorkflowContextFactory() : DesignTimeContextFactory<WorkflowDbContext>(DesignTime.Provider, DesignTime.ConnectionString, WorkflowDbContext.SchemaName);

public sealed class AuditContextFactory() : DesignTimeContextFactory<AuditDbContext>(DesignTime.Provider, DesignTime.ConnectionString, AuditDbContext.SchemaName);
