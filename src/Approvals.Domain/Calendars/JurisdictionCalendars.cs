namespace Approvals.Domain.Calendars;

/// <summary>The working-day calendars the service knows, without closures (those are configured per deployment).</summary>
public static class JurisdictionCalendars
{
    /// <summary>Metropolitan France, on Paris time (the ANSM and French prescribers).</summary>
    public static WorkingDayCalendar France { get; } =
        new("FR", TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"), new FrenchPublicHolidays());

    /// <summary>US federal working days, on Eastern time (the FDA and CMS keep it).</summary>
    public static WorkingDayCalendar UnitedStates { get; } =
        new("US", TimeZoneInfo.FindSystemTimeZoneById("America/New_York"), new UsFederalHolidays());

    public static IReadOnlyList<WorkingDayCalendar> All { get; } = [France, UnitedStates];
}
