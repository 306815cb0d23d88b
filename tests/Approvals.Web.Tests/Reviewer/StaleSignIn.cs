using System.Security.Claims;
using Approvals.Http;
using Approvals.Web.Security;
using Approvals.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.Playwright;

namespace Approvals.Web.Tests.Reviewer;

/// <summary>
/// A browser session whose sign-in is older than signing allows, as if the user signed in this morning: the session
/// cookie the server would have issued for a token with an old <c>auth_time</c>, sealed with the server's keys (in the
/// test's folder). Only the age is simulated; the pages and the API judge it as they would any session.
/// </summary>
public static class StaleSignIn
{
    const string CookieName = "approvals-session";
    static readonly string[] CopiedClaims = [CurrentUser.SubjectClaim, CurrentUser.NameClaim, CurrentUser.RoleClaim, RecentAuthentication.AuthTimeClaim];

    public static async Task AddAsync(IBrowserContext context, WebServer server, string accessToken)
    {
        var token = new JsonWebTokenHandler().ReadJsonWebToken(accessToken);
        var identity = new ClaimsIdentity(token.Claims.Where(c => CopiedClaims.Contains(c.Type)).Select(c => new Claim(c.Type, c.Value, c.ValueType)),
            WebSchemes.Cookie, CurrentUser.NameClaim, CurrentUser.RoleClaim);
        var properties = new AuthenticationProperties { IssuedUtc = DateTimeOffset.UtcNow, ExpiresUtc = token.ValidTo, IsPersistent = false };
        properties.StoreTokens([new AuthenticationToken { Name = WebSchemes.AccessTokenName, Value = accessToken }]);
        var keys = DataProtectionProvider.Create(new DirectoryInfo(server.KeysDirectory), b => b.SetApplicationName("Approvals.Web"));
        var format = new TicketDataFormat(keys.CreateProtector(
            "Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware", WebSchemes.Cookie, "v2"));
        var sealedTicket = format.Protect(new AuthenticationTicket(new ClaimsPrincipal(identity), properties, WebSchemes.Cookie));

        // The cookie handler splits a large cookie into chunks: let its own manager do so, then hand the pieces to the browser.
        var http = new DefaultHttpContext();
        new ChunkingCookieManager().AppendResponseCookie(http, CookieName, sealedTicket, new CookieOptions { Path = "/", HttpOnly = true });
        var cookies = http.Response.Headers.SetCookie.Select(header => header!.Split(';')[0].Split('=', 2))
            .Select(pair => new Cookie { Name = pair[0], Value = pair[1], Url = server.BaseAddress.ToString(), HttpOnly = true, SameSite = SameSiteAttribute.Lax });
        await context.AddCookiesAsync(cookies);
    }
}
