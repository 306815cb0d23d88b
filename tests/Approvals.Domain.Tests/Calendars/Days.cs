using System.Globalization;

namespace Approvals.Domain.Tests.Calendars;

/// <summary>Dates and instants written as ISO 8601 text, the only form an attribute can hold.</summary>
static class Days
{
    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateTimeOffset Instant(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);
}
