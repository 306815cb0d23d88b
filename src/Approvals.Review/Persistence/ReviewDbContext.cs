using Approvals.Messaging.Outbox;
using Approvals.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Review.Persistence;

public sealed class ReviewDbContext(DbContextOptions<ReviewDbContext> options) : MessagingDbContext(options)
{
    public const string SchemaName = "review";

    public override string Schema => SchemaName;

    public DbSet<ReviewItem> Reviews => Set<ReviewItem>();
    public DbSet<ApprovalRecord> Approvals => Set<ApprovalRecord>();
}
