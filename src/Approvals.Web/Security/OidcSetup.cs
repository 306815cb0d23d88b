using Approvals.Http;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Approvals.Web.Security;

/// <summary>OpenID Connect for the browser: authorization code with PKCE, tokens kept in the session's properties.</summary>
public static class OidcSetup
{
    public static void Configure(OpenIdConnectOptions options, OidcSettings settings, bool isDevelopment)
    {
        EnsureConfigured(settings);

        options.SignInScheme = WebSchemes.Cookie;
        options.Authority = settings.Authority;
        options.ClientId = settings.ClientId;
        options.ClientSecret = settings.ClientSecret;
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.UsePkce = true;
        options.RequireHttpsMetadata = !isDevelopment;
        // The access token stays in the encrypted cookie's properties; the API client reads it from there.
        options.SaveTokens = true;
        options.GetClaimsFromUserInfoEndpoint = true;
        options.MapInboundClaims = false;
        options.TokenValidationParameters.NameClaimType = CurrentUser.NameClaim;
        options.TokenValidationParameters.RoleClaimType = CurrentUser.RoleClaim;
        options.Scope.Clear();
        foreach (var scope in new[] { OpenIdConnectScope.OpenId, "profile" }.Concat(settings.Scopes))
            options.Scope.Add(scope);
    }

    /// <summary>Refuses half a configuration at start rather than at the first sign-in.</summary>
    public static void EnsureConfigured(OidcSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.Authority) || string.IsNullOrWhiteSpace(settings.ClientId))
            throw new InvalidOperationException(
                "Sign-in is not configured: set Authentication:Oidc:Authority and Authentication:Oidc:ClientId (and ClientSecret " +
                "for a confidential client). Only the Development environment signs in with demo users.");
    }

    /// <summary>The challenge of a step-up before signing: the provider must ask for credentials again, whatever its session.</summary>
    public static OpenIdConnectChallengeProperties StepUp(string redirectUri) =>
        new() { RedirectUri = redirectUri, Prompt = OpenIdConnectPrompt.Login, MaxAge = TimeSpan.Zero };
}
