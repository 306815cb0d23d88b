namespace Approvals.Domain.Calendars;

/// <summary>
/// A public holiday and the day it is observed (the day offices close), which for some US holidays is the Friday before
/// or the Monday after the date itself, and may fall in the previous year.
/// </summary>
public sealed record PublicHoliday(string Name, DateOnly Date, DateOnly ObservedOn);
