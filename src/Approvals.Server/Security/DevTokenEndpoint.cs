using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Approvals.Domain;
using Approvals.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Approvals.Server.Security;

/// <summary>
/// <c>POST /dev/token</c>: demo tokens for any user and roles, mapped only in the Development environment and signed
/// with the configured key, so every role process accepts them.
/// </summary>
public static class DevTokenEndpoint
{
    public sealed record DevTokenRequest(
        [property: Required] string? UserId, [property: Required] IReadOnlyList<string>? Roles, string? Name = null, DateTimeOffset? AuthTime = null);

    public sealed record DevTokenResponse(string AccessToken, string TokenType, int ExpiresIn);

    public static void MapDevTokens(this IEndpointRouteBuilder app) =>
        // It stores nothing, so the write limiter has nothing to bound; test suites mint many tokens from one address.
        app.MapPost("/dev/token", Issue).AllowAnonymous().DisableRateLimiting().WithTags("Development").WithName("issueDevToken")
            .WithSummary("Development only: a signed token for a demo user.");

    static Results<Ok<DevTokenResponse>, ValidationProblem> Issue(DevTokenRequest body, JwtOptions jwt, TimeProvider clock)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(body.UserId) || body.UserId.Length > RequiredClaims.MaxSubjectLength)
            errors.Add("userId", $"Required, at most {RequiredClaims.MaxSubjectLength} characters.");
        if (body.Roles is not { Count: > 0 })
            errors.Add("roles", $"At least one of: {string.Join(", ", Roles.All)}.");
        else if (body.Roles.FirstOrDefault(r => !Roles.All.Contains(r)) is { } unknown)
            errors.Add("roles", $"Unknown role '{unknown}'; known: {string.Join(", ", Roles.All)}.");

        var now = clock.GetUtcNow();
        if (body.AuthTime > now + TokenClock.AllowedSkew)
            errors.Add("authTime", "A sign-in cannot lie in the future.");
        if (!errors.IsEmpty)
            return Problems.Invalid(errors);

        var claims = new List<Claim>
        {
            new(CurrentUser.SubjectClaim, body.UserId!),
            new(CurrentUser.NameClaim, string.IsNullOrWhiteSpace(body.Name) ? body.UserId! : body.Name),
            new("auth_time", (body.AuthTime ?? now).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ClaimValueTypes.Integer64),
        };
        claims.AddRange(body.Roles!.Select(role => new Claim(CurrentUser.RoleClaim, role)));

        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = jwt.Issuer,
            Audience = jwt.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + jwt.DevTokenLifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(AuthenticationSetup.SigningKeyOf(jwt), SecurityAlgorithms.HmacSha256),
        });
        return TypedResults.Ok(new DevTokenResponse(token, "Bearer", (int)jwt.DevTokenLifetime.TotalSeconds));
    }
}
