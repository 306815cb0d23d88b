using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Approvals.Web.Localization;

/// <summary>
/// The languages offered (<c>en</c>, <c>fr</c>), chosen by the switcher's cookie, else Accept-Language. Text comes in
/// those two languages, but dates and numbers follow the browser's region: an <c>en-GB</c> browser reads 07/12/2026, an
/// <c>en-US</c> one 12/7/2026, a <c>fr-CA</c> one 2026-12-07, each with the English or French texts.
/// </summary>
public static class WebCultures
{
    public static readonly string[] Supported = ["en", "fr"];

    /// <summary>Every regional variant of the offered languages, for formatting only.</summary>
    static readonly string[] Regional = [.. CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Where(c => Supported.Contains(c.TwoLetterISOLanguageName, StringComparer.Ordinal)).Select(c => c.Name)];

    public static RequestLocalizationOptions Options()
    {
        var options = new RequestLocalizationOptions().SetDefaultCulture(Supported[0])
            .AddSupportedCultures([.. Supported, .. Regional]).AddSupportedUICultures(Supported);
        // en-GB formats as en-GB and reads the en texts.
        options.FallBackToParentUICultures = true;
        // Cookie first, then Accept-Language; no query string provider, so a link cannot switch someone's language.
        options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        return options;
    }

    /// <summary><c>POST /culture</c>, from the switcher: remembers the language for a year, then back to the page.</summary>
    public static void MapCultureSwitch(this IEndpointRouteBuilder app) =>
        // The policy only makes the session cookie read (the form's antiforgery token is bound to the user); anyone may switch.
        app.MapPost("/culture", (HttpContext http, [FromForm] string culture, [FromForm] string? returnUrl) =>
        {
            if (!Supported.Contains(culture, StringComparer.Ordinal))
                return Results.BadRequest();
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps, IsEssential = true });
            return Results.LocalRedirect(Security.SessionEndpoints.LocalOrHome(returnUrl));
        }).RequireAuthorization(Security.WebSchemes.SignedInPolicy).AllowAnonymous().ExcludeFromDescription();
}
