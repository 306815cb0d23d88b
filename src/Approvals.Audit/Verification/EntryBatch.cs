using Approvals.Audit.Chain;

namespace Approvals.Audit.Verification;

/// <summary>
/// Entries on their way from the reading stage to the checking one, each already in canonical form. A batch is reused
/// once checked, so its buffers are allocated once per verification, not once per entry.
/// </summary>
internal sealed class EntryBatch
{
    public const int Capacity = 256;

    public EntrySlot[] Slots { get; } = Enumerable.Range(0, Capacity).Select(_ => new EntrySlot()).ToArray();
    public int Count { get; set; }
    public bool IsFull => Count == Capacity;

    /// <summary>The next slot to fill.</summary>
    public EntrySlot Next() => Slots[Count++];
}

/// <summary>One entry as the checks need it: its sequence, its canonical form, and the two hashes it stores.</summary>
internal sealed class EntrySlot
{
    public long Sequence { get; set; }
    public CanonicalForm Form { get; } = new();
    public Utf8Text Hash { get; } = new();
    public Utf8Text PreviousHash { get; } = new();
}

/// <summary>A reusable copy of a stored text, or null; compared byte for byte, which for UTF-8 is comparing the strings.</summary>
internal sealed class Utf8Text
{
    byte[] _bytes = new byte[64];
    int _length = -1;

    public bool IsNull => _length < 0;
    public ReadOnlySpan<byte> Span => _bytes.AsSpan(0, Math.Max(_length, 0));

    public void Set(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > _bytes.Length)
            _bytes = new byte[utf8.Length];
        utf8.CopyTo(_bytes);
        _length = utf8.Length;
    }

    public void Set(string? text)
    {
        if (text is null)
        {
            SetNull();
            return;
        }

        var length = System.Text.Encoding.UTF8.GetByteCount(text);
        if (length > _bytes.Length)
            _bytes = new byte[length];
        _length = System.Text.Encoding.UTF8.GetBytes(text, _bytes);
    }

    public void Set(Utf8Text other)
    {
        if (other.IsNull)
            SetNull();
        else
            Set(other.Span);
    }

    public void SetNull() => _length = -1;

    public bool SameAs(Utf8Text other) => IsNull == other.IsNull && Span.SequenceEqual(other.Span);

    public override string? ToString() => IsNull ? null : System.Text.Encoding.UTF8.GetString(Span);
}
