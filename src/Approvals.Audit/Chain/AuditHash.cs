using System.Globalization;
using System.Security.Cryptography;
using Approvals.Audit.Persistence;

namespace Approvals.Audit.Chain;

/// <summary>
/// The canonical form an entry's hash is computed over, simple enough to recompute in any language: the tag
/// <c>approvals-audit/v1</c>, then every field in a fixed order, each written as its UTF-8 byte count, a colon, the
/// bytes and a comma, or as <c>-,</c> when null. Times are UTC, <c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>; numbers invariant;
/// ids lower-case with hyphens. The last field is the previous entry's hash, which links the chain.
/// </summary>
public static class AuditHash
{
    const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>The names of the hashed fields, in hashing order (the tag comes before them).</summary>
    public static IReadOnlyList<string> FieldNames { get; } =
    [
        "sequence", "recordedAt", "occurredAt", "actorId", "actorName", "actorRole", "action", "entityType", "entityId",
        "entityVersion", "requestId", "oldValues", "newValues", "reason", "correlationId", "messageId", "previousHash",
    ];

    /// <summary>Lower-case hex SHA-256 of the entry's canonical form.</summary>
    public static string Compute(AuditEntry entry)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        new CanonicalForm().Of(entry).Hash(hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>
    /// Each hashed field as the very string that is hashed, null where the entry has none, in <see cref="FieldNames"/>
    /// order. Exports write these strings, so an export alone is enough to recompute the chain.
    /// </summary>
    public static string?[] Fields(AuditEntry entry) =>
    [
        entry.Sequence.ToString(CultureInfo.InvariantCulture), Time(entry.RecordedAt), Time(entry.OccurredAt), entry.ActorId,
        entry.ActorName, entry.ActorRole, entry.Action, entry.EntityType, entry.EntityId,
        entry.EntityVersion?.ToString(CultureInfo.InvariantCulture), entry.RequestId?.ToString("D"), entry.OldValues, entry.NewValues,
        entry.Reason, entry.CorrelationId?.ToString("D"), entry.MessageId?.ToString("D"), entry.PreviousHash,
    ];

    /// <summary>A time in the canonical form: UTC, seven fractional digits, <c>Z</c>.</summary>
    public static string Time(DateTimeOffset value) => value.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);
}
