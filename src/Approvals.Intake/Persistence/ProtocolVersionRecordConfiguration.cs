using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Approvals.Intake.Persistence;

internal sealed class ProtocolVersionRecordConfiguration : IEntityTypeConfiguration<ProtocolVersionRecord>
{
    public void Configure(EntityTypeBuilder<ProtocolVersionRecord> builder)
    {
        builder.ToTable("ProtocolVersions");
        // The key is the uniqueness rule: two instances publishing one version at once cannot both insert it.
        builder.HasKey(x => new { x.ProtocolId, x.Version });
        builder.Property(x => x.ProtocolId).HasMaxLength(64);
        builder.Property(x => x.Version).ValueGeneratedNever();
        builder.Property(x => x.Title).HasMaxLength(200);
        builder.Property(x => x.PublishedBy).HasMaxLength(128);
        builder.Property(x => x.SourceFile).HasMaxLength(260);
    }
}
