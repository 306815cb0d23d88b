using System.Security.Claims;
using Approvals.Http;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Approvals.Server.Security;

/// <summary>
/// A validly signed token may still lack what every endpoint relies on. Its authentication fails (401) here, rather
/// than a handler failing on it later (500): one string <c>sub</c> of at most <see cref="MaxSubjectLength"/> characters,
/// the length every stored actor id allows. A missing <c>name</c> falls back to the subject; roles that are absent or
/// unknown grant nothing, so they meet 403 at the authorisation layer.
/// </summary>
public static class RequiredClaims
{
    public const int MaxSubjectLength = 128;

    public static Task Check(TokenValidatedContext context)
    {
        if (ProblemWith(context.Principal) is { } problem)
            context.Fail(problem);
        return Task.CompletedTask;
    }

    static string? ProblemWith(ClaimsPrincipal? principal)
    {
        var subjects = principal?.FindAll(CurrentUser.SubjectClaim).ToList() ?? [];
        if (subjects.Count != 1)
            return "The token must carry exactly one 'sub' claim.";
        var subject = subjects[0];
        if (subject.ValueType != ClaimValueTypes.String || string.IsNullOrWhiteSpace(subject.Value) || subject.Value.Length > MaxSubjectLength)
            return $"The token's 'sub' must be a non-blank string of at most {MaxSubjectLength} characters.";
        return null;
    }
}
