using Approvals.Messaging.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Workflow.Persistence;

public sealed class WorkflowDbContext(DbContextOptions<WorkflowDbContext> options) : ServiceDbContext(options)
{
    public const string SchemaName = "workflow";

    public override string Schema => SchemaName;

    public DbSet<ApprovalState> Approvals => Set<ApprovalState>();
}
