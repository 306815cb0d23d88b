namespace Approvals.Messaging.Outbox;

/// <summary>
/// A message an HTTP handler publishes or sends, stored in the same transaction as the handler's own change and
/// delivered by <see cref="BusOutboxDeliveryService{TDbContext}"/>: a 202 never depends on the broker being up.
/// </summary>
public sealed class BusOutboxMessage
{
    /// <summary>Database-assigned, so delivery follows the order of commits.</summary>
    public long Id { get; set; }

    public Guid MessageId { get; set; }

    /// <summary>Type name and assembly, without version, of the contract in <see cref="Body"/>.</summary>
    public string MessageType { get; set; } = null!;

    public string Body { get; set; } = null!;

    /// <summary>Null for a publish; the endpoint address for a send.</summary>
    public string? DestinationAddress { get; set; }

    public DateTimeOffset Created { get; set; }

    /// <summary>The W3C trace context of the span that stored the message, so its delivery continues that trace.</summary>
    public string? TraceParent { get; set; }

    /// <summary>Set when the message reached the transport and is only kept for replay (non-durable transports).</summary>
    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>The delivery loop that claimed the message, until <see cref="LockedUntil"/>.</summary>
    public Guid? LockId { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }
}
