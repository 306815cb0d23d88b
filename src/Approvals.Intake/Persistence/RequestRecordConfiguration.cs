using Approvals.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Approvals.Intake.Persistence;

internal sealed class RequestRecordConfiguration : IEntityTypeConfiguration<RequestRecord>
{
    public void Configure(EntityTypeBuilder<RequestRecord> builder)
    {
        builder.ToTable("Requests");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        // Two timeline entries applied at once: the second save fails and is retried, so an older entry never
        // overwrites a newer status.
        builder.Property(x => x.LastSequence).IsConcurrencyToken();
        builder.Property(x => x.PrescriberId).HasMaxLength(128);
        builder.Property(x => x.IdempotencyKey).HasMaxLength(128);
        builder.Property(x => x.BodyHash).HasMaxLength(64).IsFixedLength();
        builder.Property(x => x.ProtocolId).HasMaxLength(64);
        builder.Property(x => x.PatientPseudonym).HasMaxLength(64);
        builder.Property(x => x.PatientSex).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Urgency).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.DecisionOutcome).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.Indication).HasMaxLength(200);
        builder.Property(x => x.ReasonCode).HasMaxLength(64);
        builder.Property(x => x.ReviewerId).HasMaxLength(128);
        builder.Property(x => x.RenewalStatus).HasConversion<string>().HasMaxLength(16);
        builder.PrimitiveCollection(x => x.PriorTreatments);
        builder.PrimitiveCollection(x => x.OpenQuestions);
        builder.OwnsSignature(x => x.DecisionSignature);

        // One request per prescriber and key: two racing submissions with one key cannot both insert.
        builder.HasIndex(x => new { x.PrescriberId, x.IdempotencyKey }).IsUnique();
        builder.HasIndex(x => new { x.PrescriberId, x.SubmittedAt, x.Id });
        builder.HasIndex(x => new { x.Status, x.SubmittedAt, x.Id });
        // Reviewers, specialists and auditors list every request, newest first, with no filter: without this the first
        // page sorts the whole table (a million rows: seconds), with it the page is read off the index's end.
        builder.HasIndex(x => new { x.SubmittedAt, x.Id });

        builder.HasMany(x => x.History).WithOne().HasForeignKey(h => h.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(x => x.Refusals).WithOne().HasForeignKey(r => r.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<FollowUpRecord>().WithOne().HasForeignKey(f => f.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
