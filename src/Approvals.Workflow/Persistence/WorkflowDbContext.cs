using Approvals.Messaging.Outbox;
using Approvals.Persistence;
using Approvals.Messaging.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Workflow.Persistence;

public sealed class WorkflowDbContext(DbContextOptions<WorkflowDbContext> options) : MessagingDbContext(options)
{
    public const string SchemaName = "workflow";

    public override string Schema => SchemaName;

    public DbSet<ApprovalState> Approvals => Set<ApprovalState>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // The saga owns every timer, so the scheduler's table lives with it.
        modelBuilder.AddScheduledMessages(TablePrefix);
    }
}
