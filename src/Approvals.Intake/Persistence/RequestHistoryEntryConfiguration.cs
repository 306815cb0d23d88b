using Approvals.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Approvals.Intake.Persistence;

internal sealed class RequestHistoryEntryConfiguration : IEntityTypeConfiguration<RequestHistoryEntry>
{
    public void Configure(EntityTypeBuilder<RequestHistoryEntry> builder)
    {
        builder.ToTable("RequestHistory");
        // The saga numbers the entries, so a redelivered one lands on the same key and is recognised.
        builder.HasKey(x => new { x.RequestId, x.Sequence });
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.ActorId).HasMaxLength(128);
        builder.Property(x => x.Reason).HasMaxLength(4000);
        builder.OwnsSignature(x => x.Signature);
    }
}
