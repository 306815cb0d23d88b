using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Approvals.Intake.Persistence;

internal sealed class FollowUpRecordConfiguration : IEntityTypeConfiguration<FollowUpRecord>
{
    public void Configure(EntityTypeBuilder<FollowUpRecord> builder)
    {
        builder.ToTable("FollowUps");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.PrescriberId).HasMaxLength(128);
        builder.Property(x => x.ConsumptionMeasure).HasMaxLength(64);
        builder.Property(x => x.Notes).HasMaxLength(4000);
        builder.OwnsMany(x => x.AdverseEvents, events => events.ToJson());
        // The renewal check asks for the newest report of one request.
        builder.HasIndex(x => new { x.RequestId, x.Date });
    }
}
