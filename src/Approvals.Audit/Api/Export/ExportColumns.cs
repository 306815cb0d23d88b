using System.Globalization;
using Approvals.Audit.Persistence;

namespace Approvals.Audit.Api.Export;

/// <summary>
/// The fields of an exported entry, in order, exactly as stored: the values are the very strings the hashes were
/// computed over, so an export can be checked against the chain outside this service.
/// </summary>
public static class ExportColumns
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "sequence", "recordedAt", "occurredAt", "actorId", "actorName", "actorRole", "action", "entityType", "entityId",
        "entityVersion", "requestId", "oldValues", "newValues", "reason", "correlationId", "messageId", "previousHash", "hash",
    ];

    public static string Time(DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Each column's text, null where the entry has no value.</summary>
    public static string?[] Values(AuditEntry e) =>
    [
        e.Sequence.ToString(CultureInfo.InvariantCulture), Time(e.RecordedAt), Time(e.OccurredAt), e.ActorId, e.ActorName,
        e.ActorRole, e.Action, e.EntityType, e.EntityId, e.EntityVersion?.ToString(CultureInfo.InvariantCulture),
        e.RequestId?.ToString("D"), e.OldValues, e.NewValues, e.Reason, e.CorrelationId?.ToString("D"),
        e.MessageId?.ToString("D"), e.PreviousHash, e.Hash,
    ];
}
