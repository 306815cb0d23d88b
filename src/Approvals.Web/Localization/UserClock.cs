using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Approvals.Web.Localization;

/// <summary>
/// Formats instants in the user's culture and time zone, naming the zone. The zone comes from the cookie
/// <see cref="TimeZoneCookie"/>, set by <c>wwwroot/timezone.js</c> from the browser; UTC until then or when unknown.
/// </summary>
public sealed class UserClock(IHttpContextAccessor accessor)
{
    public const string TimeZoneCookie = "approvals-tz";

    public TimeZoneInfo TimeZone { get; } = ZoneFrom(accessor.HttpContext?.Request.Cookies[TimeZoneCookie]);

    /// <summary>Date and time, e.g. "07/12/2026 14:05 (Europe/Paris)" in French.</summary>
    public string Format(DateTimeOffset instant) =>
        $"{TimeZoneInfo.ConvertTime(instant, TimeZone).ToString("g", CultureInfo.CurrentCulture)} ({TimeZone.Id})";

    public string FormatDate(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, TimeZone).ToString("d", CultureInfo.CurrentCulture);

    internal static TimeZoneInfo ZoneFrom(string? ianaId)
    {
        if (string.IsNullOrWhiteSpace(ianaId) || ianaId.Length > 64)
            return TimeZoneInfo.Utc;
        return TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out var zone) ? zone : TimeZoneInfo.Utc;
    }
}
