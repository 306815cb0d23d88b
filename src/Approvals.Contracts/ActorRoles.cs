namespace Approvals.Contracts;

/// <summary>The role in which an actor caused an event, as messages carry it for the audit trail.</summary>
public static class ActorRoles
{
    public const string Prescriber = "prescriber";
    public const string Reviewer = "reviewer";
    public const string Admin = "admin";

    /// <summary>The workflow itself: timers, and steps no person took.</summary>
    public const string System = "system";
}
