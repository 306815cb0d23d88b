namespace Approvals.Integration.Tests.Infrastructure;

/// <summary>The two people of every scenario: a prescriber at Intake and a reviewer (someone else) at Review.</summary>
public static class Users
{
    public static async Task<(ApiUser Prescriber, ApiUser Reviewer)> SignIn(HttpClient http, Uri intake, Uri review,
        string prescriberId = "fault-prescriber", string reviewerId = "fault-reviewer")
    {
        // Any process issues development tokens, and every process accepts them: they share the signing key.
        var prescriber = await ApiUser.SignIn(http, intake, prescriberId, "prescriber");
        var reviewer = await ApiUser.SignIn(http, intake, reviewerId, "reviewer");
        return (prescriber, reviewer.At(review));
    }
}
