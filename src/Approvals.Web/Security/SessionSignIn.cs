using System.Security.Claims;
using Approvals.Http;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Approvals.Web.Security;

/// <summary>
/// Opens the browser session for an access token the API issued: the cookie carries the user's sub, name, roles and
/// auth_time for the pages, and the token itself (encrypted, never visible to script) for the API client.
/// </summary>
public static class SessionSignIn
{
    static readonly string[] CopiedClaims = [CurrentUser.SubjectClaim, CurrentUser.NameClaim, CurrentUser.RoleClaim, RecentAuthentication.AuthTimeClaim];

    public static Task SignInWithTokenAsync(this HttpContext http, string accessToken)
    {
        // The API issued this token to us over our own connection; the API checks it on every call, the pages only read it.
        var token = new JsonWebTokenHandler().ReadJsonWebToken(accessToken);
        var identity = new ClaimsIdentity(token.Claims.Where(c => CopiedClaims.Contains(c.Type)).Select(c => new Claim(c.Type, c.Value, c.ValueType)),
            WebSchemes.Cookie, CurrentUser.NameClaim, CurrentUser.RoleClaim);
        var properties = new AuthenticationProperties { ExpiresUtc = token.ValidTo, IsPersistent = false };
        properties.StoreTokens([new AuthenticationToken { Name = WebSchemes.AccessTokenName, Value = accessToken }]);
        return http.SignInAsync(WebSchemes.Cookie, new ClaimsPrincipal(identity), properties);
    }
}
