using Approvals.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Approvals.Review.Persistence;

internal sealed class ReviewItemConfiguration : IEntityTypeConfiguration<ReviewItem>
{
    public void Configure(EntityTypeBuilder<ReviewItem> builder)
    {
        builder.ToTable("Reviews");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.Urgency).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.RequiredReview).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.PrescriberId).HasMaxLength(128);
        builder.Property(x => x.ProtocolId).HasMaxLength(64);
        builder.Property(x => x.ReasonCode).HasMaxLength(64);
        builder.Property(x => x.DecidedBy).HasMaxLength(128);
        builder.Property(x => x.ClaimedBy).HasMaxLength(128);
        builder.Property(x => x.ClaimedByName).HasMaxLength(200);
        builder.Property(x => x.PatientPseudonym).HasMaxLength(64);
        builder.Property(x => x.PatientSex).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Indication).HasMaxLength(200);
        builder.PrimitiveCollection(x => x.PriorTreatments);
        builder.Property(x => x.LatestFollowUp).HasJsonConversion();
        builder.Ignore(x => x.Case);
        builder.PrimitiveCollection(x => x.Questions);
        builder.PrimitiveCollection(x => x.InformationRequestedBy);
        builder.Ignore(x => x.Reviewers);
        builder.OwnsSignature(x => x.Signature);
        builder.HasMany(x => x.Opinions).WithOne().HasForeignKey(x => x.ReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => x.RequestId);
        builder.HasIndex(x => new { x.Status, x.DueAt, x.Id });
    }
}
