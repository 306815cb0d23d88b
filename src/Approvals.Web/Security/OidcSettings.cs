namespace Approvals.Web.Security;

/// <summary>Configuration section <c>Authentication:Oidc</c>: the identity provider users sign in with outside Development.</summary>
public sealed class OidcSettings
{
    public const string Section = "Authentication:Oidc";

    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    /// <summary>Scopes asked for beyond <c>openid profile</c>, e.g. the API's scope so the access token is for the API.</summary>
    public List<string> Scopes { get; set; } = [];
}
