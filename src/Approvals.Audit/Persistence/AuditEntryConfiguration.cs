using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Approvals.Audit.Persistence;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public const string TableName = "AuditEntries";

    /// <summary>Created by the migrations; they refuse every UPDATE and DELETE on the table.</summary>
    public const string NoUpdateTrigger = "AuditEntries_refuse_update";
    public const string NoDeleteTrigger = "AuditEntries_refuse_delete";

    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        // Declaring the triggers stops EF from using OUTPUT (SQL Server) or RETURNING (SQLite), which triggers forbid.
        builder.ToTable(TableName, table =>
        {
            table.HasTrigger(NoUpdateTrigger);
            table.HasTrigger(NoDeleteTrigger);
        });
        // The sequence is the key: two writers that read the same head cannot both append after it.
        builder.HasKey(x => x.Sequence);
        builder.Property(x => x.Sequence).ValueGeneratedNever();
        builder.Property(x => x.ActorId).HasMaxLength(128);
        builder.Property(x => x.ActorRole).HasMaxLength(32);
        builder.Property(x => x.Action).HasMaxLength(64);
        builder.Property(x => x.EntityType).HasMaxLength(32);
        builder.Property(x => x.EntityId).HasMaxLength(64);
        builder.Property(x => x.PreviousHash).HasMaxLength(64).IsFixedLength();
        builder.Property(x => x.Hash).HasMaxLength(64).IsFixedLength();

        builder.HasIndex(x => x.MessageId).IsUnique();
        builder.HasIndex(x => new { x.RequestId, x.Sequence });
        builder.HasIndex(x => new { x.OccurredAt, x.Sequence });
        builder.HasIndex(x => new { x.ActorId, x.Sequence });
        builder.HasIndex(x => new { x.Action, x.Sequence });
    }
}
