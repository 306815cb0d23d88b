namespace Approvals.Contracts;

/// <summary>
/// A duration of <paramref name="Days"/> working days on the calendar of the jurisdiction <paramref name="Calendar"/>
/// names (<c>FR</c>, <c>US</c>): it ends when the last of those days ends there, the start's day never counting.
/// </summary>
public sealed record WorkingDays(int Days, string Calendar);
