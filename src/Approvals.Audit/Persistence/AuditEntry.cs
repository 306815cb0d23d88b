namespace Approvals.Audit.Persistence;

/// <summary>
/// One immutable line of the audit trail: who did what to which record, when, with the values before and after and
/// why. <see cref="Hash"/> seals the entry's content together with <see cref="PreviousHash"/>, so changing, removing or
/// inserting an entry breaks the chain from that point on.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>1, 2, 3, … without gaps: the order entries were recorded in, and the chain's order.</summary>
    public long Sequence { get; set; }

    /// <summary>Server time at which the audit service recorded the entry.</summary>
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>When the action happened, by the clock of the service where it happened.</summary>
    public DateTimeOffset OccurredAt { get; set; }

    public string ActorId { get; set; } = null!;

    /// <summary>The actor's printed name; null when the event that reported the action did not carry it.</summary>
    public string? ActorName { get; set; }

    /// <summary>The role the actor acted in (<c>prescriber</c>, <c>reviewer</c>, <c>system</c>, …); null when unknown.</summary>
    public string? ActorRole { get; set; }

    /// <summary>What happened, as <c>noun.verb-ed</c>: <c>request.approved</c>, <c>decision.recorded</c>, <c>decision.refused</c>.</summary>
    public string Action { get; set; } = null!;

    public string EntityType { get; set; } = null!;
    public string EntityId { get; set; } = null!;

    /// <summary>The entity's version after the action, when it has one (a request's timeline sequence).</summary>
    public int? EntityVersion { get; set; }

    /// <summary>The approval request the action belongs to, for a request's trail.</summary>
    public Guid? RequestId { get; set; }

    /// <summary>JSON object of the values before the action; null when nothing existed or nothing was replaced.</summary>
    public string? OldValues { get; set; }

    /// <summary>JSON object of the values the action set.</summary>
    public string? NewValues { get; set; }

    public string? Reason { get; set; }

    /// <summary>The conversation of the user action that caused this entry: entries sharing it came from one step.</summary>
    public Guid? CorrelationId { get; set; }

    /// <summary>The event this entry was written from; a redelivered event finds its entry and adds none.</summary>
    public Guid? MessageId { get; set; }

    /// <summary>Hash of the entry before this one; null for the first entry.</summary>
    public string? PreviousHash { get; set; }

    /// <summary>Lower-case hex SHA-256 over the canonical content and <see cref="PreviousHash"/> (see <c>AuditHash</c>).</summary>
    public string Hash { get; set; } = null!;
}
