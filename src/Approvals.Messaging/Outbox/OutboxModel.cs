using Microsoft.EntityFrameworkCore;

namespace Approvals.Messaging.Outbox;

public static class OutboxModel
{
    /// <summary>
    /// Maps the inbox, the consumer outbox and the bus outbox into a service's DbContext, so they commit with its state.
    /// <paramref name="tablePrefix"/> keeps services apart in one SQLite file, which has no schemas.
    /// </summary>
    public static ModelBuilder AddInboxOutbox(this ModelBuilder modelBuilder, string tablePrefix)
    {
        modelBuilder.Entity<InboxState>(inbox =>
        {
            inbox.ToTable(tablePrefix + "InboxState");
            inbox.HasKey(x => x.Id);
            inbox.HasAlternateKey(x => new { x.MessageId, x.ConsumerId });
            inbox.HasIndex(x => x.Delivered);
        });

        modelBuilder.Entity<OutboxMessage>(message =>
        {
            message.ToTable(tablePrefix + "OutboxMessage");
            message.HasKey(x => x.SequenceNumber);
            message.HasIndex(x => new { x.InboxMessageId, x.InboxConsumerId, x.SequenceNumber }).IsUnique();
            message.Property(x => x.ContentType).HasMaxLength(256);
            message.Property(x => x.MessageType);
            message.Property(x => x.Body);
            message.Property(x => x.SourceAddress).HasMaxLength(256);
            message.Property(x => x.DestinationAddress).HasMaxLength(256);
            message.Property(x => x.ResponseAddress).HasMaxLength(256);
            message.Property(x => x.FaultAddress).HasMaxLength(256);
        });

        modelBuilder.Entity<BusOutboxMessage>(message =>
        {
            message.ToTable(tablePrefix + "BusOutboxMessage");
            message.HasKey(x => x.Id);
            message.Property(x => x.MessageType).HasMaxLength(256);
            message.Property(x => x.DestinationAddress).HasMaxLength(256);
            message.Property(x => x.TraceParent).HasMaxLength(64);
            message.HasIndex(x => x.LockedUntil);
            message.HasIndex(x => x.LockId);
        });
        return modelBuilder;
    }
}
