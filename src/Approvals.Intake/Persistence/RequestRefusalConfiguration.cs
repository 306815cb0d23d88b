using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Approvals.Intake.Persistence;

internal sealed class RequestRefusalConfiguration : IEntityTypeConfiguration<RequestRefusal>
{
    public void Configure(EntityTypeBuilder<RequestRefusal> builder)
    {
        builder.ToTable("RequestRefusals");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Action).HasMaxLength(32);
        builder.Property(x => x.ActorId).HasMaxLength(128);
        builder.Property(x => x.Reason).HasMaxLength(4000);
        builder.HasIndex(x => new { x.RequestId, x.At });
    }
}
