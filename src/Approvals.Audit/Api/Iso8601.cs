using System.Globalization;

namespace Approvals.Audit.Api;

/// <summary>Query-string times: ISO 8601 only, so <c>03/04/2026</c> is refused instead of read one way or the other.</summary>
public static class Iso8601
{
    static readonly string[] Formats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    public const string Expected = "An ISO 8601 date or date-time, e.g. 2026-01-31 or 2026-01-31T12:00:00Z (UTC when no offset is given).";

    public static bool TryParse(string? text, out DateTimeOffset? value)
    {
        value = null;
        if (string.IsNullOrEmpty(text))
            return true;
        if (!DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            return false;
        value = parsed;
        return true;
    }
}
