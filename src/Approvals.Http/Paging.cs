using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Approvals.Http;

/// <summary>Every list answers one page and the cursor of the next, if any.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>
/// What a list's cursors hold: the range of its sort key, and whether the id breaks ties. A cursor is checked against
/// it, so a key the list could never have served (a negative instant, an out-of-range sequence) is refused as input
/// rather than reaching the query.
/// </summary>
public sealed record CursorKind(long MinKey, long MaxKey, bool UsesId)
{
    /// <summary>An instant as UTC ticks, ties broken by id: every value a <see cref="DateTimeOffset"/> can hold.</summary>
    public static CursorKind Instants { get; } = new(DateTimeOffset.MinValue.UtcTicks, DateTimeOffset.MaxValue.UtcTicks, UsesId: true);

    /// <summary>A sequence number from 1, alone (the id part is always empty).</summary>
    public static CursorKind Sequences { get; } = new(1, long.MaxValue, UsesId: false);

    /// <summary>A calendar day as its day number, ties broken by id: every value a <see cref="DateOnly"/> can hold.</summary>
    public static CursorKind Days { get; } = new(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber, UsesId: true);
}

/// <summary>
/// A keyset position: the sort key and the id of the last item served. Items inserted before that position never
/// shift the pages that follow it, unlike offsets.
/// </summary>
/// <remarks>
/// Cursors are validated, not signed: only the exact text this type encodes, with a key in its list's range, is
/// accepted. A signature would need a secret shared by every process serving the list and would add nothing: a cursor
/// grants no access, since each list applies the caller's own filters after the position.
/// </remarks>
public readonly record struct Cursor(long Key, Guid Id)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>The instant a cursor of <see cref="CursorKind.Instants"/> holds.</summary>
    public DateTimeOffset Instant => new(Key, TimeSpan.Zero);

    public string Encode() => Base64Url.EncodeToString(Encoding.ASCII.GetBytes($"{Key.ToString(CultureInfo.InvariantCulture)}:{Id:N}"));

    public static bool TryDecode(string? text, CursorKind kind, out Cursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text))
            return true;
        if (!Base64Url.IsValid(text))
            return false;

        var parts = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(text)).Split(':');
        if (parts.Length != 2
            || !long.TryParse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var key)
            || !Guid.TryParseExact(parts[1], "N", out var id))
            return false;

        var decoded = new Cursor(key, id);
        // Only the exact text the server writes: no leading zeros, '+' signs or upper-case hex that decode alike.
        if (key < kind.MinKey || key > kind.MaxKey || (!kind.UsesId && id != Guid.Empty) || decoded.Encode() != text)
            return false;
        cursor = decoded;
        return true;
    }
}
