using System.Text;
using System.Text.Json.Nodes;
using Approvals.Server.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Approvals.Server.Tests.Authorisation;

/// <summary>
/// Tokens a server must refuse, each carrying every role and the caller's id, with the right issuer and audience, so
/// nothing but the one flaw can be the reason: signed with another key, expired, or unsigned (<c>alg: none</c>).
/// </summary>
public static class BadTokens
{
    public static string? For(Caller caller, MatrixServer server)
    {
        var jwt = server.Services.GetRequiredService<JwtOptions>();
        var now = DateTimeOffset.UtcNow;
        if (caller == Caller.NoToken)
            return null;
        if (caller == Caller.WrongKey)
            return Signed(Payload(jwt, now, now.AddHours(1)), "another-key-that-is-long-enough-to-sign-hs256-0123456789");
        if (caller == Caller.Expired)
            return Signed(Payload(jwt, now.AddHours(-2), now.AddHours(-1)), jwt.SigningKey!);
        if (caller == Caller.AlgNone)
            return Unsigned(Payload(jwt, now, now.AddHours(1)));
        throw new ArgumentException($"{caller} is not a bad token.", nameof(caller));
    }

    static JsonObject Payload(JwtOptions jwt, DateTimeOffset issuedAt, DateTimeOffset expires) => new()
    {
        ["sub"] = MatrixServer.CallerId,
        ["name"] = "Matrix Caller",
        ["role"] = new JsonArray([.. Caller.EveryRole.Select(role => JsonValue.Create(role))]),
        ["auth_time"] = issuedAt.ToUnixTimeSeconds(),
        ["iss"] = jwt.Issuer,
        ["aud"] = jwt.Audience,
        ["iat"] = issuedAt.ToUnixTimeSeconds(),
        ["nbf"] = issuedAt.ToUnixTimeSeconds(),
        ["exp"] = expires.ToUnixTimeSeconds(),
    };

    static string Signed(JsonObject payload, string key) =>
        new JsonWebTokenHandler().CreateToken(payload.ToJsonString(),
            new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256));

    /// <summary>Header <c>{"alg":"none"}</c> and an empty signature, as RFC 7519 section 6 describes an unsecured JWT.</summary>
    static string Unsigned(JsonObject payload) =>
        $"{Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""")}.{Base64UrlEncoder.Encode(payload.ToJsonString())}.";
}
