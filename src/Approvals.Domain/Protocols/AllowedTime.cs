using Approvals.Domain.Calendars;

namespace Approvals.Domain.Protocols;

/// <summary>Time a protocol allows for a step (a review, an answer), and the instant it runs out.</summary>
public abstract record AllowedTime
{
    public abstract DateTimeOffset EndFrom(DateTimeOffset start);
}

/// <summary>Elapsed time: the end keeps the offset of the start, as review clocks always have.</summary>
public sealed record CalendarTimeAllowed(TimeSpan Length) : AllowedTime
{
    public override DateTimeOffset EndFrom(DateTimeOffset start) => start + Length;

    public override string ToString() => IsoDuration.From(Length).Text;
}

/// <summary>
/// Working days on a jurisdiction's calendar: the end of the <see cref="Count"/>-th working day after the start's day
/// (<see cref="WorkingDayCalendar.AddWorkingDays"/>). Two are equal when they count as many days on the same calendar code.
/// </summary>
public sealed record WorkingDaysAllowed(int Count, WorkingDayCalendar Calendar) : AllowedTime
{
    public override DateTimeOffset EndFrom(DateTimeOffset start) => Calendar.AddWorkingDays(start, Count);

    public bool Equals(WorkingDaysAllowed? other) => other is not null && Count == other.Count && Calendar.Code == other.Calendar.Code;

    public override int GetHashCode() => HashCode.Combine(Count, Calendar.Code);

    public override string ToString() => $"{Count} working days ({Calendar.Code})";
}
