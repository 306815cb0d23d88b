using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Approvals.Server.Security;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Approvals.Server.Tests.Infrastructure;

/// <summary>
/// Tokens <c>/dev/token</c> would never mint (odd claims, a sign-in in the future), validly signed with the Development
/// key, to see what the server makes of whatever an identity provider might send.
/// </summary>
public static class CraftedTokens
{
    /// <summary>Valid issuer, audience and lifetime; then <paramref name="claims"/> on top (a null value removes a claim).</summary>
    public static string Sign(JsonObject claims)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var payload = new JsonObject
        {
            ["iss"] = JwtOptions.DevelopmentIssuer,
            ["aud"] = "approvals",
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + 3600,
        };
        foreach (var (name, value) in claims)
        {
            if (value is null)
                payload.Remove(name);
            else
                payload[name] = value.DeepClone();
        }

        var key = new SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(JwtOptions.DevelopmentSigningKey));
        return new JsonWebTokenHandler().CreateToken(payload.ToJsonString(), new SigningCredentials(key, SecurityAlgorithms.HmacSha256));
    }

    public static HttpClient ClientWith(this WebApplicationFactory<Program> factory, JsonObject claims)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Sign(claims));
        return client;
    }
}
