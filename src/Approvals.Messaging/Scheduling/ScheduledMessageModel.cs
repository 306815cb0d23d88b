using Microsoft.EntityFrameworkCore;

namespace Approvals.Messaging.Scheduling;

public static class ScheduledMessageModel
{
    /// <summary>Maps the timer table into the DbContext of the service that owns the timers.</summary>
    public static ModelBuilder AddScheduledMessages(this ModelBuilder modelBuilder, string tablePrefix)
    {
        modelBuilder.Entity<DurableTimer>(timer =>
        {
            timer.ToTable(tablePrefix + "DurableTimer");
            timer.HasKey(x => x.TokenId);
            timer.Property(x => x.TokenId).ValueGeneratedNever();
            timer.Property(x => x.DestinationAddress).HasMaxLength(256);
            timer.Property(x => x.ContentType).HasMaxLength(256);
            timer.HasIndex(x => x.DueAt);
            timer.HasIndex(x => x.LockId);
        });
        return modelBuilder;
    }
}
