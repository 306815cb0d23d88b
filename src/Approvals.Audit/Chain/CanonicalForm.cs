using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Approvals.Audit.Persistence;

namespace Approvals.Audit.Chain;

/// <summary>
/// Writes an entry's canonical form (see <see cref="AuditHash"/>) as UTF-8 straight into one buffer it reuses, with
/// numbers, times and ids formatted in place: hashing a million entries then allocates nothing per field.
/// </summary>
public sealed class CanonicalForm
{
    static readonly byte[] Tag = "approvals-audit/v1"u8.ToArray();

    byte[] _buffer = new byte[2048];
    int _length;

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    /// <summary>Starts a new form with the tag; what was written before is discarded.</summary>
    public CanonicalForm Begin()
    {
        _length = 0;
        return Text(Tag);
    }

    /// <summary>The whole form of <paramref name="entry"/>, in <see cref="AuditHash.FieldNames"/> order.</summary>
    public CanonicalForm Of(AuditEntry entry) =>
        Begin().Number(entry.Sequence).Time(entry.RecordedAt).Time(entry.OccurredAt).Text(entry.ActorId).Text(entry.ActorName)
            .Text(entry.ActorRole).Text(entry.Action).Text(entry.EntityType).Text(entry.EntityId).Number(entry.EntityVersion)
            .Id(entry.RequestId).Text(entry.OldValues).Text(entry.NewValues).Text(entry.Reason).Id(entry.CorrelationId)
            .Id(entry.MessageId).Text(entry.PreviousHash);

    /// <summary>SHA-256 of the form written so far.</summary>
    public void Hash(Span<byte> destination) => SHA256.HashData(Written, destination);

    public CanonicalForm Text(string? value)
    {
        if (value is null)
            return Null();
        var bytes = Encoding.UTF8.GetByteCount(value);
        Prefix(bytes);
        _length += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length));
        return Comma();
    }

    /// <summary>A field that is already UTF-8.</summary>
    public CanonicalForm Text(ReadOnlySpan<byte> utf8)
    {
        Prefix(utf8.Length);
        utf8.CopyTo(_buffer.AsSpan(_length));
        _length += utf8.Length;
        return Comma();
    }

    public CanonicalForm Number(long? value)
    {
        if (value is not { } number)
            return Null();
        Span<byte> digits = stackalloc byte[20];
        Utf8Formatter.TryFormat(number, digits, out var written);
        return Text(digits[..written]);
    }

    /// <summary>UTC, seven fractional digits, <c>Z</c>: the round-trip format of a UTC time.</summary>
    public CanonicalForm Time(DateTimeOffset value)
    {
        Span<byte> text = stackalloc byte[28];
        value.UtcDateTime.TryFormat(text, out var written, "O", CultureInfo.InvariantCulture);
        return Text(text[..written]);
    }

    /// <summary>Lower-case with hyphens.</summary>
    public CanonicalForm Id(Guid? value)
    {
        if (value is not { } id)
            return Null();
        Span<byte> text = stackalloc byte[36];
        id.TryFormat(text, out _, "D");
        return Text(text);
    }

    CanonicalForm Null()
    {
        Ensure(2);
        _buffer[_length++] = (byte)'-';
        return Comma();
    }

    void Prefix(int bytes)
    {
        Ensure(bytes + 16);
        Utf8Formatter.TryFormat(bytes, _buffer.AsSpan(_length), out var written);
        _length += written;
        _buffer[_length++] = (byte)':';
    }

    CanonicalForm Comma()
    {
        Ensure(1);
        _buffer[_length++] = (byte)',';
        return this;
    }

    void Ensure(int more)
    {
        if (_length + more > _buffer.Length)
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
    }
}
