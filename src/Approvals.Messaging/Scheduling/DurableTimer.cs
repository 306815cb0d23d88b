namespace Approvals.Messaging.Scheduling;

/// <summary>
/// A timer: the serialized message to send to <see cref="DestinationAddress"/> at <see cref="DueAt"/>. Keyed by the
/// scheduling token, so scheduling again under one token replaces the timer and cancelling removes it.
/// </summary>
public sealed class DurableTimer
{
    public Guid TokenId { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public string DestinationAddress { get; set; } = null!;
    public string ContentType { get; set; } = null!;
    public string MessageType { get; set; } = null!;
    public string Body { get; set; } = null!;
    public string? Headers { get; set; }
    public DateTimeOffset Created { get; set; }

    /// <summary>
    /// A tombstone: the timer was cancelled, possibly before its schedule request arrived (the two travel separately
    /// and may be consumed in either order), so a late schedule request under this token is ignored.
    /// </summary>
    public bool Cancelled { get; set; }

    /// <summary>The poller that claimed the timer when it fell due, until <see cref="LockedUntil"/>.</summary>
    public Guid? LockId { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }
}
