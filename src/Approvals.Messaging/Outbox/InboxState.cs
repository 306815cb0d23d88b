namespace Approvals.Messaging.Outbox;

/// <summary>
/// One consumed message, per consumer: the duplicate filter. Inserted in the same transaction as the consumer's state
/// change, so "consumed" and "changed" are one fact; <see cref="Delivered"/> records that its outgoing messages left.
/// </summary>
public sealed class InboxState
{
    public long Id { get; set; }
    public Guid MessageId { get; set; }
    public Guid ConsumerId { get; set; }
    public DateTimeOffset Received { get; set; }
    public int ReceiveCount { get; set; }
    public DateTimeOffset? Consumed { get; set; }
    public DateTimeOffset? Delivered { get; set; }
    public long? LastSequenceNumber { get; set; }
}
