using System.Buffers.Text;
using System.Text;

namespace Approvals.Http;

/// <summary>Every list answers one page and the cursor of the next, if any.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>
/// A keyset position: the sort key and the id of the last item served. Items inserted before that position never
/// shift the pages that follow it, unlike offsets.
/// </summary>
public readonly record struct Cursor(long Key, Guid Id)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public string Encode() => Base64Url.EncodeToString(Encoding.ASCII.GetBytes($"{Key}:{Id:N}"));

    public static bool TryDecode(string? text, out Cursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text))
            return true;
        try
        {
            var parts = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(text)).Split(':');
            if (parts.Length == 2 && long.TryParse(parts[0], out var key) && Guid.TryParseExact(parts[1], "N", out var id))
            {
                cursor = new Cursor(key, id);
                return true;
            }
        }
        catch (FormatException)
        {
        }

        return false;
    }
}
