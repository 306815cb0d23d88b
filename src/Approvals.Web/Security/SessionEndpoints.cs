using Approvals.Web.Signing;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Approvals.Web.Security;

/// <summary>
/// Form posts that only set or clear cookies or redirect to the identity provider: sign-out, OpenID Connect sign-in and
/// step-up. They bind from the form, so the antiforgery middleware validates each.
/// </summary>
public static class SessionEndpoints
{
    public static void MapSessionEndpoints(this IEndpointRouteBuilder app)
    {
        // Reading the session cookie first matters even where anyone may post: the antiforgery token is bound to the user.
        // Browser form posts, not API: kept out of the OpenAPI document.
        var session = app.MapGroup("").RequireAuthorization(WebSchemes.SignedInPolicy).ExcludeFromDescription();
        session.MapSessionRoutes();
    }

    static void MapSessionRoutes(this RouteGroupBuilder app)
    {
        app.MapPost("/signout", async (HttpContext http) =>
        {
            // Nothing is bound from the form, so no binder checks the token: refuse a cross-site sign-out here.
            if (http.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true })
                return Results.BadRequest();
            await http.SignOutAsync(WebSchemes.Cookie);
            return Results.LocalRedirect("/signin");
        }).AllowAnonymous().WithMetadata(new RequireAntiforgeryTokenAttribute());

        app.MapPost("/signin/external", ([FromForm] string? returnUrl) =>
                Results.Challenge(new AuthenticationProperties { RedirectUri = LocalOrHome(returnUrl) }, [WebSchemes.OpenIdConnect]))
            .AllowAnonymous();

        app.MapPost("/reauthenticate/external", ([FromForm] string state, PendingFormProtector forms, HttpContext http) =>
                forms.Read(state, http.User) is { } pending
                    ? Results.Challenge(OidcSetup.StepUp(Reauthentication.ResumeUrl(pending.ReturnPath, state)), [WebSchemes.OpenIdConnect])
                    : Results.LocalRedirect("/"));
    }

    /// <summary>Only a path on this site: an absolute or protocol-relative URL would make us an open redirector.</summary>
    public static string LocalOrHome(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
