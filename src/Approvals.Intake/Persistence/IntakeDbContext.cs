using Approvals.Messaging.Outbox;
using Approvals.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Intake.Persistence;

public sealed class IntakeDbContext(DbContextOptions<IntakeDbContext> options) : MessagingDbContext(options)
{
    public const string SchemaName = "intake";

    public override string Schema => SchemaName;

    public DbSet<RequestRecord> Requests => Set<RequestRecord>();
    public DbSet<RequestHistoryEntry> History => Set<RequestHistoryEntry>();
    public DbSet<RequestRefusal> Refusals => Set<RequestRefusal>();
    public DbSet<FollowUpRecord> FollowUps => Set<FollowUpRecord>();
    public DbSet<ProtocolVersionRecord> ProtocolVersions => Set<ProtocolVersionRecord>();
}
