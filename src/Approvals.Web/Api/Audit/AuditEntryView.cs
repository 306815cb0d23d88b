using System.Text.Json;

namespace Approvals.Web.Api.Audit;

/// <summary>
/// <c>GET /api/v1/audit/entries</c> and a request's trail: one entry of the audit trail, with its values before and
/// after, the signature it records, and the hashes that chain it to the entry before.
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
    RecordedSignature? Signature);

/// <summary>The electronic signature an entry records; <see cref="Meaning"/> as the API spells it (<c>approval</c>, …).</summary>
public sealed record RecordedSignature(string SignerId, string PrintedName, DateTimeOffset SignedAt, string Meaning, string SignedRecordHash);
