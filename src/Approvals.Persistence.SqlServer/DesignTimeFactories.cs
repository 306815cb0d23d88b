using Approvals.Audit.Persistence;
using Approvals.Intake.Persistence;
using Approvals.Messaging.Persistence;
using Approvals.Review.Persistence;
using Approvals.Workflow.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Approvals.Persistence.SqlServer;

/// <summary>How the EF tools build each service's context for SqlServer when adding migrations to this assembly.</summary>
public static class DesignTime
{
    public const string ConnectionString = "Server=localhost;Database=Approvals;Integrated Security=true;TrustServerCertificate=true";

    public static TContext Create<TContext>(string schema) where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        DatabaseRegistration.Configure(builder, DatabaseProvider.SqlServer, ConnectionString, schema);
        return (TContext)Activator.CreateInstance(typeof(TContext), builder.Options)!;
    }
}

public sealed class IntakeContextFactory : IDesignTimeDbContextFactory<IntakeDbContext>
{
    public IntakeDbContext CreateDbContext(string[] args) => DesignTime.Create<IntakeDbContext>(IntakeDbContext.SchemaName);
}

public sealed class ReviewContextFactory : IDesignTimeDbContextFactory<ReviewDbContext>
{
    public ReviewDbContext CreateDbContext(string[] args) => DesignTime.Create<ReviewDbContext>(ReviewDbContext.SchemaName);
}

public sealed class WorkflowContextFactory : IDesignTimeDbContextFactory<WorkflowDbContext>
{
    public WorkflowDbContext CreateDbContext(string[] args) => DesignTime.Create<WorkflowDbContext>(WorkflowDbContext.SchemaName);
}

public sealed class AuditContextFactory : IDesignTimeDbContextFactory<AuditDbContext>
{
    public AuditDbContext CreateDbContext(string[] args) => DesignTime.Create<AuditDbContext>(AuditDbContext.SchemaName);
}
