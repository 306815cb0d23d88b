namespace Approvals.Http;

/// <summary>The roles a token may carry.</summary>
public static class Roles
{
    public const string Prescriber = "prescriber";
    public const string Reviewer = "reviewer";
    public const string Specialist = "specialist";
    public const string Auditor = "auditor";
    public const string Admin = "admin";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Prescriber, Reviewer, Specialist, Auditor, Admin,
    };
}
