using System.Security.Claims;

namespace Approvals.Http;

/// <summary>The authenticated caller, read from the token's <c>sub</c>, <c>name</c> and <c>role</c> claims.</summary>
public sealed record CurrentUser(string Id, string Name, IReadOnlySet<string> Roles)
{
    public const string SubjectClaim = "sub";
    public const string NameClaim = "name";
    public const string RoleClaim = "role";

    public bool IsIn(string role) => Roles.Contains(role);

    /// <summary>Whether the caller sees every request, not only their own.</summary>
    public bool SeesAllRequests => IsIn(Http.Roles.Reviewer) || IsIn(Http.Roles.Specialist) || IsIn(Http.Roles.Auditor);

    public static CurrentUser From(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(SubjectClaim)
            ?? throw new InvalidOperationException("An authenticated principal without a 'sub' claim.");
        var roles = principal.FindAll(RoleClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new CurrentUser(id, principal.FindFirstValue(NameClaim) ?? id, roles);
    }
}
