namespace Approvals.Audit.Chain;

/// <summary>What an entry says, before the trail gives it a sequence number, a recording time and its place in the chain.</summary>
public sealed record AuditDraft(
    DateTimeOffset OccurredAt,
    string ActorId,
    string? ActorName,
    string? ActorRole,
    string Action,
    string EntityType,
    string EntityId,
    int? EntityVersion,
    Guid? RequestId,
    string? OldValues,
    string? NewValues,
    string? Reason)
{
    public Guid? CorrelationId { get; init; }
    public Guid? MessageId { get; init; }
}
