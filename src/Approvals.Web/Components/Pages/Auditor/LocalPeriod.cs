using System.Globalization;

namespace Approvals.Web.Components.Pages.Auditor;

/// <summary>
/// A period typed as calendar days (<c>yyyy-MM-dd</c>, what a date field sends) in the user's time zone, turned into
/// the instants the API filters on: from the first day's midnight, up to (excluding) the midnight after the last day.
/// </summary>
public sealed record LocalPeriod(DateOnly? FirstDay, DateOnly? LastDay)
{
    public const string DayFormat = "yyyy-MM-dd";

    /// <summary>Reads both days; a text that is not a day is named in <paramref name="invalidFields"/> (<c>from</c>, <c>to</c>).</summary>
    public static LocalPeriod Parse(string? from, string? to, ICollection<string> invalidFields)
    {
        var first = Day(from, "from", invalidFields);
        var last = Day(to, "to", invalidFields);
        return new LocalPeriod(first, last);
    }

    public DateTimeOffset? Start(TimeZoneInfo zone) => FirstDay is { } day ? Midnight(day, zone) : null;

    public DateTimeOffset? End(TimeZoneInfo zone) => LastDay is { } day ? Midnight(day.AddDays(1), zone) : null;

    /// <summary>The instant the day begins in the zone; a midnight skipped by a clock change is read with the offset before it.</summary>
    internal static DateTimeOffset Midnight(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        var offset = zone.IsInvalidTime(local) ? zone.GetUtcOffset(local.AddHours(-1)) : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    static DateOnly? Day(string? text, string field, ICollection<string> invalidFields)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (DateOnly.TryParseExact(text.Trim(), DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        invalidFields.Add(field);
        return null;
    }
}
