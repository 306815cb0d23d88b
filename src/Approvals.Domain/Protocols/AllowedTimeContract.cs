using Approvals.Contracts;
using Approvals.Domain.Calendars;

namespace Approvals.Domain.Protocols;

/// <summary>
/// An <see cref="AllowedTime"/> in message form: a <see cref="TimeSpan"/> for calendar time, or zero and
/// <see cref="WorkingDays"/> for working days (zero, so a reader that predates working days refuses it as invalid).
/// </summary>
public static class AllowedTimeContract
{
    public static (TimeSpan Time, WorkingDays? WorkingDays) ToContract(this AllowedTime allowed) => allowed switch
    {
        CalendarTimeAllowed calendarTime => (calendarTime.Length, null),
        WorkingDaysAllowed workingDays => (TimeSpan.Zero, new WorkingDays(workingDays.Count, workingDays.Calendar.Code)),
        _ => throw new ArgumentOutOfRangeException(nameof(allowed), allowed, "Neither calendar time nor working days."),
    };

    /// <summary>The time a message carries; an <see cref="UnknownCalendarException"/> when it names no calendar here.</summary>
    public static AllowedTime FromContract(TimeSpan time, WorkingDays? workingDays, WorkingDayCalendars calendars) =>
        workingDays is { } days ? new WorkingDaysAllowed(days.Days, calendars.Get(days.Calendar)) : new CalendarTimeAllowed(time);

    /// <summary>The time a message carries as a protocol document writes it, for the validator to check again.</summary>
    public static ProtocolDuration ToDocument(TimeSpan time, WorkingDays? workingDays) =>
        workingDays is { } days ? ProtocolDuration.InWorkingDays(days.Days, days.Calendar) : ProtocolDuration.Of(IsoDuration.From(time));
}
