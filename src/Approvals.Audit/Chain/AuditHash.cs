using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
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
    const string Tag = "approvals-audit/v1";
    const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string Compute(AuditEntry entry)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        Field(buffer, Tag);
        Field(buffer, entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Field(buffer, Time(entry.RecordedAt));
        Field(buffer, Time(entry.OccurredAt));
        Field(buffer, entry.ActorId);
        Field(buffer, entry.ActorName);
        Field(buffer, entry.ActorRole);
        Field(buffer, entry.Action);
        Field(buffer, entry.EntityType);
        Field(buffer, entry.EntityId);
        Field(buffer, entry.EntityVersion?.ToString(CultureInfo.InvariantCulture));
        Field(buffer, entry.RequestId?.ToString("D"));
        Field(buffer, entry.OldValues);
        Field(buffer, entry.NewValues);
        Field(buffer, entry.Reason);
        Field(buffer, entry.CorrelationId?.ToString("D"));
        Field(buffer, entry.MessageId?.ToString("D"));
        Field(buffer, entry.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    static string Time(DateTimeOffset value) => value.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    static void Field(ArrayBufferWriter<byte> buffer, string? value)
    {
        if (value is null)
        {
            Encoding.ASCII.GetBytes("-,", buffer);
            return;
        }

        var bytes = Encoding.UTF8.GetByteCount(value);
        Encoding.ASCII.GetBytes(bytes.ToString(CultureInfo.InvariantCulture) + ":", buffer);
        Encoding.UTF8.GetBytes(value, buffer);
        Encoding.ASCII.GetBytes(",", buffer);
    }
}
