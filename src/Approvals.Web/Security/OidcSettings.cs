namespace Approvals.Web.Security;

/// <summary>Configuration section <c>Authentication:Oidc</c>: the identity provider users sign in with outside Development.</summary>
public sealed class OidcSettings
{
    public const string Section = "Authentication:Oidc";

    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    /// <summary>
    /// Whether the web app can sign anyone in outside Development. Without it the server still serves the API (the web
    /// role is part of <c>all</c>) and the sign-in page says what to configure.
    /// </summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority);

    /// <summary>Scopes asked for beyond <c>openid profile</c>, e.g. the API's scope so the access token is for the API.</summary>
    public List<string> Scopes { get; set; } = [];
}
