namespace Approvals.Web.Security;

/// <summary>The browser's authentication schemes, distinct from the API's JWT bearer scheme (the default).</summary>
public static class WebSchemes
{
    /// <summary>The encrypted, HttpOnly session cookie; it carries the access token in its authentication properties.</summary>
    public const string Cookie = "ApprovalsWeb";

    public const string OpenIdConnect = "ApprovalsWebOidc";

    /// <summary>Every page requires this policy unless it allows anonymous users; it reads the cookie, never a bearer token.</summary>
    public const string SignedInPolicy = "web-signed-in";

    public const string AccessTokenName = "access_token";
}
