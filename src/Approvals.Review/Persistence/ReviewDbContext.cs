using Approvals.Messaging.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Review.Persistence;

public sealed class ReviewDbContext(DbContextOptions<ReviewDbContext> options) : ServiceDbContext(options)
{
    public const string SchemaName = "review";

    public override string Schema => SchemaName;

    public DbSet<ReviewItem> Reviews => Set<ReviewItem>();
    public DbSet<ApprovalRecord> Approvals => Set<ApprovalRecord>();
}
