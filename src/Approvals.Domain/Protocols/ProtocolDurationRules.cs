using Approvals.Domain.Calendars;

namespace Approvals.Domain.Protocols;

/// <summary>
/// Checks a <see cref="ProtocolDuration"/> and makes it an <see cref="AllowedTime"/>, naming each problem by its JSON
/// path (<c>reviewClocks.standard.workingDays</c>) as <see cref="ProtocolValidator"/> does.
/// </summary>
public static class ProtocolDurationRules
{
    /// <summary>About a century of working days, as <see cref="ProtocolValidator.MaxDuration"/> is a century of days.</summary>
    public const int MaxWorkingDays = 26_000;

    public static AllowedTime? Check(ProtocolDuration? duration, string field, WorkingDayCalendars calendars, ValidationErrors errors)
    {
        switch (duration)
        {
            case null or { CalendarTime: null, WorkingDays: null }:
                errors.Add(field, $"Required. {ProtocolDuration.Expected}");
                return null;
            case { CalendarTime: not null, WorkingDays: not null }:
                errors.Add(field, $"One form only. {ProtocolDuration.Expected}");
                return null;
            case { CalendarTime: { } calendarTime }:
                return ProtocolValidator.Positive(calendarTime, field, errors) is { } length ? new CalendarTimeAllowed(length) : null;
            default:
                return CheckWorkingDays(duration.WorkingDays!, field, calendars, errors);
        }
    }

    static WorkingDaysAllowed? CheckWorkingDays(WorkingDaysDocument document, string field, WorkingDayCalendars calendars, ValidationErrors errors)
    {
        int? count = null;
        if (document.WorkingDays is not { } days)
            errors.Add($"{field}.workingDays", "Required: a whole number of working days from 1.");
        else if (days < 1)
            errors.Add($"{field}.workingDays", $"A positive number of working days; {days} is not.");
        else if (days > MaxWorkingDays)
            errors.Add($"{field}.workingDays", $"At most {MaxWorkingDays}.");
        else
            count = days;

        WorkingDayCalendar? calendar = null;
        if (string.IsNullOrEmpty(document.Calendar))
            errors.Add($"{field}.calendar", $"Required: the calendar the days are counted on, one of {string.Join(", ", calendars.Codes)}.");
        else if (!calendars.TryGet(document.Calendar, out calendar))
            errors.Add($"{field}.calendar", calendars.UnknownCode(document.Calendar));

        return count is { } n && calendar is not null ? new WorkingDaysAllowed(n, calendar) : null;
    }
}
