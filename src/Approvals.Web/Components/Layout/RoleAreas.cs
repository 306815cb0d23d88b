using Approvals.Http;

namespace Approvals.Web.Components.Layout;

/// <summary>Where each role's pages start; the nav shows the areas of the user's roles. Pages of an area go under its path.</summary>
public static class RoleAreas
{
    public sealed record Area(string Role, string Path, string TextKey);

    public static IReadOnlyList<Area> All { get; } =
    [
        new(Roles.Prescriber, "/requests", "NavPrescriber"),
        new(Roles.Reviewer, "/reviews", "NavReviewer"),
        new(Roles.Specialist, "/opinions", "NavSpecialist"),
        new(Roles.Auditor, "/audit", "NavAuditor"),
        new(Roles.Admin, "/admin/protocols", "NavAdmin"),
    ];
}
