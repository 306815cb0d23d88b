using ApiRoles = Approvals.Http.Roles;

namespace Approvals.Server.Tests.Authorisation;

/// <summary>A column of the matrix: a role set held by the caller, or a token the server must refuse (or none).</summary>
public sealed record Caller(string Name, string[]? Roles)
{
    public static readonly Caller Prescriber = new("P", [ApiRoles.Prescriber]);
    public static readonly Caller Reviewer = new("R", [ApiRoles.Reviewer]);
    public static readonly Caller Specialist = new("S", [ApiRoles.Specialist]);
    public static readonly Caller Auditor = new("Au", [ApiRoles.Auditor]);
    public static readonly Caller Admin = new("Ad", [ApiRoles.Admin]);
    public static readonly Caller PrescriberReviewer = new("P+R", [ApiRoles.Prescriber, ApiRoles.Reviewer]);
    public static readonly Caller PrescriberAuditor = new("P+Au", [ApiRoles.Prescriber, ApiRoles.Auditor]);
    public static readonly Caller ReviewerSpecialist = new("R+S", [ApiRoles.Reviewer, ApiRoles.Specialist]);

    public static readonly Caller NoToken = new("no token", null);
    public static readonly Caller WrongKey = new("wrong key", null);
    public static readonly Caller Expired = new("expired", null);
    public static readonly Caller AlgNone = new("alg none", null);

    /// <summary>In the order of the matrix's columns.</summary>
    public static readonly Caller[] WithRoles =
        [Prescriber, Reviewer, Specialist, Auditor, Admin, PrescriberReviewer, PrescriberAuditor, ReviewerSpecialist];

    public static readonly Caller[] WithBadTokens = [NoToken, WrongKey, Expired, AlgNone];

    public static readonly Caller[] All = [.. WithRoles, .. WithBadTokens];

    /// <summary>Every role there is: a refused bad token is refused for the token alone.</summary>
    public static string[] EveryRole => [.. ApiRoles.All];

    public override string ToString() => Name;
}
