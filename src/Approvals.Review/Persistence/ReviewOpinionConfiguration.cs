using Approvals.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Approvals.Review.Persistence;

internal sealed class ReviewOpinionConfiguration : IEntityTypeConfiguration<ReviewOpinion>
{
    public void Configure(EntityTypeBuilder<ReviewOpinion> builder)
    {
        builder.ToTable("Opinions");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.SpecialistId).HasMaxLength(128);
        builder.Property(x => x.SpecialistName).HasMaxLength(200);
        builder.Property(x => x.Recommendation).HasConversion<string>().HasMaxLength(16);
        builder.OwnsSignature(x => x.Signature);
        builder.Navigation(x => x.Signature).IsRequired();
        // The database, not only the handler, keeps one opinion per specialist: two racing requests cannot both count.
        builder.HasIndex(x => new { x.ReviewId, x.SpecialistId }).IsUnique();
    }
}
