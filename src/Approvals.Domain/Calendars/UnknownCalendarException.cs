namespace Approvals.Domain.Calendars;

/// <summary>A calendar code that names no calendar the service knows.</summary>
public sealed class UnknownCalendarException(string? code, IEnumerable<string> known)
    : KeyNotFoundException(WorkingDayCalendars.Unknown(code, known))
{
    public string? Code { get; } = code;
}
