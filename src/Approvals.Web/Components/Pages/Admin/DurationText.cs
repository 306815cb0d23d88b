using System.Xml;

namespace Approvals.Web.Components.Pages.Admin;

/// <summary>
/// An ISO 8601 duration of a protocol (<c>P180D</c>, <c>PT72H</c>) in the largest whole unit that states it exactly,
/// read the way the service reads it (<see cref="XmlConvert"/>), so the page shows what the clocks will do.
/// </summary>
public static class DurationText
{
    public enum Unit { Days, Hours, Minutes, Seconds }

    public readonly record struct Amount(long Count, Unit Unit);

    /// <summary>The duration as a count of one unit, or null when the text is not an ISO 8601 duration.</summary>
    public static Amount? Read(string? iso)
    {
        if (string.IsNullOrWhiteSpace(iso))
            return null;
        TimeSpan span;
        try
        {
            span = XmlConvert.ToTimeSpan(iso);
        }
        catch (FormatException)
        {
            return null;
        }
        catch (OverflowException)
        {
            return null;
        }

        return span.Ticks % TimeSpan.TicksPerDay == 0 ? new Amount(span.Ticks / TimeSpan.TicksPerDay, Unit.Days)
            : span.Ticks % TimeSpan.TicksPerHour == 0 ? new Amount(span.Ticks / TimeSpan.TicksPerHour, Unit.Hours)
            : span.Ticks % TimeSpan.TicksPerMinute == 0 ? new Amount(span.Ticks / TimeSpan.TicksPerMinute, Unit.Minutes)
            : new Amount((long)span.TotalSeconds, Unit.Seconds);
    }
}
