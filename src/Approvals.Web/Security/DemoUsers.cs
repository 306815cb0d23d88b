using Approvals.Http;

namespace Approvals.Web.Security;

/// <summary>The one-click users of the Development sign-in page: one per role, and a prescriber who is also a specialist.</summary>
public static class DemoUsers
{
    public sealed record DemoUser(string UserId, string Name, IReadOnlyList<string> Roles);

    public static IReadOnlyList<DemoUser> All { get; } =
    [
        new("dr-martin", "Dr Claire Martin", [Roles.Prescriber]),
        new("dr-okafor", "Dr Ada Okafor", [Roles.Reviewer]),
        new("dr-nguyen", "Dr Linh Nguyen", [Roles.Specialist]),
        new("dr-roux", "Dr Paul Roux", [Roles.Prescriber, Roles.Specialist]),
        new("m-dubois", "Marie Dubois", [Roles.Auditor]),
        new("admin-lee", "Sam Lee", [Roles.Admin]),
    ];

    public static DemoUser? Find(string? userId) => All.FirstOrDefault(u => u.UserId == userId);
}
