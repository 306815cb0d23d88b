using System.Text.Json;
using Approvals.Audit.Persistence;
using Approvals.Contracts;

namespace Approvals.Audit.Api;

/// <summary>
/// One entry as auditors read it; old and new values as JSON objects, the hashes to check the chain by hand, and the
/// electronic signature the entry records, lifted out of its new values so a signed step reads at a glance.
/// </summary>
public sealed record AuditEntryView(
    long Sequence,
    DateTimeOffset RecordedAt,
    DateTimeOffset OccurredAt,
    string ActorId,
    string? ActorName,
    string? ActorRole,
    string Action,
    string EntityType,
    string EntityId,
    int? EntityVersion,
    Guid? RequestId,
    JsonElement? OldValues,
    JsonElement? NewValues,
    string? Reason,
    Guid? CorrelationId,
    Guid? MessageId,
    string? PreviousHash,
    string Hash,
    ElectronicSignature? Signature)
{
    public static AuditEntryView From(AuditEntry e)
    {
        var newValues = Json(e.NewValues);
        return new(e.Sequence, e.RecordedAt, e.OccurredAt, e.ActorId, e.ActorName, e.ActorRole, e.Action, e.EntityType, e.EntityId,
            e.EntityVersion, e.RequestId, Json(e.OldValues), newValues, e.Reason, e.CorrelationId, e.MessageId,
            e.PreviousHash, e.Hash, EntrySignature.In(newValues));
    }

    static JsonElement? Json(string? text)
    {
        if (text is null)
            return null;
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
