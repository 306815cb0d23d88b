using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Approvals.Review.Persistence;

internal sealed class ApprovalRecordConfiguration : IEntityTypeConfiguration<ApprovalRecord>
{
    public void Configure(EntityTypeBuilder<ApprovalRecord> builder)
    {
        builder.ToTable("Approvals");
        builder.HasKey(x => x.RequestId);
        builder.Property(x => x.RequestId).ValueGeneratedNever();
        // A timeline entry applied while an order is judged: the order's save fails and it is judged again on the news.
        builder.Property(x => x.LastSequence).IsConcurrencyToken();
        // Two safety orders at once: both read no pending order, the second save fails (check-and-set).
        builder.Property(x => x.PendingOrderId).IsConcurrencyToken();
        builder.Property(x => x.PendingOrder).HasMaxLength(32);
        builder.Property(x => x.PrescriberId).HasMaxLength(128);
        builder.Property(x => x.ProtocolId).HasMaxLength(64);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.RenewalStatus).HasConversion<string>().HasMaxLength(16);
    }
}
