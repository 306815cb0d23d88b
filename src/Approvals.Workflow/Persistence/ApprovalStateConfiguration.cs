using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Approvals.Workflow.Persistence;

internal sealed class ApprovalStateConfiguration : IEntityTypeConfiguration<ApprovalState>
{
    public void Configure(EntityTypeBuilder<ApprovalState> builder)
    {
        builder.ToTable("ApprovalSagas");
        // Clustered primary key on the correlation id: the documented cure for saga deadlocks on SQL Server.
        builder.HasKey(x => x.CorrelationId);
        builder.Property(x => x.CorrelationId).HasColumnName("RequestId").ValueGeneratedNever();
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Property(x => x.CurrentState).HasMaxLength(64);
        builder.Property(x => x.PrescriberId).HasMaxLength(128);
        builder.Property(x => x.ProtocolId).HasMaxLength(64);
        builder.Property(x => x.Urgency).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.DecidedBy).HasMaxLength(128);
        builder.Property(x => x.RenewalStatus).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.RequiredReview).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(x => x.CurrentState);
    }
}
