using System.Text.Json;

namespace Approvals.Web.Components.Pages.Admin;

/// <summary>
/// A protocol duration as the API returns it: the ISO 8601 text of calendar time (<c>"P7D"</c>), or working days on a
/// calendar (<c>{"workingDays": 5, "calendar": "FR"}</c>).
/// </summary>
public static class ProtocolDurationText
{
    public readonly record struct WorkingDays(int Days, string Calendar);

    /// <summary>The ISO 8601 text of calendar time, or null when the duration is not one.</summary>
    public static string? CalendarTime(JsonElement? duration) =>
        duration is { ValueKind: JsonValueKind.String } text ? text.GetString() : null;

    /// <summary>The working days and their calendar, or null when the duration is not in working days.</summary>
    public static WorkingDays? InWorkingDays(JsonElement? duration) =>
        duration is { ValueKind: JsonValueKind.Object } form
        && form.TryGetProperty("workingDays", out var days) && days.TryGetInt32(out var count)
        && form.TryGetProperty("calendar", out var calendar) && calendar.ValueKind == JsonValueKind.String
            ? new WorkingDays(count, calendar.GetString()!)
            : null;
}
