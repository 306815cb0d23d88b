using Approvals.Audit.Persistence;
using Approvals.Intake.Persistence;
using Approvals.Review.Persistence;
using Approvals.Workflow.Persistence;

namespace Approvals.Persistence.Sqlite;

/// <summary>The EF tools' way to each service's context on Sqlite, for the migrations in this assembly.</summary>
static class DesignTime
{
    public const DatabaseProvider Provider = DatabaseProvider.Sqlite;
    public const string ConnectionString = "Data Source=design-time.db";
}

public sealed class IntakeContextFactory() : DesignTimeContextFactory<IntakeDbContext>(DesignTime.Provider, DesignTime.ConnectionString, IntakeDbContext.SchemaName);

public sealed class ReviewContextFactory() : DesignTimeContextFactory<ReviewDbContext>(DesignTime.Provider, DesignTime.ConnectionString, ReviewDbContext.SchemaName);

public sealed class WorkflowContextFactory() : DesignTimeContextFactory<WorkflowDbContext>(DesignTime.Provider, DesignTime.ConnectionString, WorkflowDbContext.SchemaName);

public sealed class AuditContextFactory() : DesignTimeContextFactory<AuditDbContext>(DesignTime.Provider, DesignTime.ConnectionString, AuditDbContext.SchemaName);
