using Approvals.Http;
using Approvals.Web.Api;
using Approvals.Web.Components;
using Approvals.Web.Components.Pages.Auditor;
using Approvals.Web.Hosting;
using Approvals.Web.Localization;
using Approvals.Web.Security;
using Approvals.Web.Signing;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Approvals.Web;

/// <summary>
/// The web app as the server hosts it: <see cref="AddApprovalsWeb"/> with the services, <see cref="UseApprovalsWeb"/>
/// before authentication and <see cref="UseApprovalsWebAntiforgery"/> after authorization, <see cref="MapApprovalsWeb"/> last.
/// </summary>
public static class WebSetup
{
    public static IServiceCollection AddApprovalsWeb(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var isDevelopment = environment.IsDevelopment();
        var web = configuration.GetSection(WebOptions.Section).Get<WebOptions>() ?? new WebOptions();
        services.Configure<WebOptions>(configuration.GetSection(WebOptions.Section));
        var oidc = configuration.GetSection(OidcSettings.Section).Get<OidcSettings>() ?? new OidcSettings();
        services.AddSingleton(oidc);
        // Outside Development without an identity provider the pages cannot sign anyone in, and say so on /signin.
        var useOidc = !isDevelopment && oidc.IsConfigured;

        // Keys on disk: a restart keeps everyone signed in and pending signing forms readable.
        services.AddDataProtection().SetApplicationName("Approvals.Web")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(environment.ContentRootPath, web.DataProtectionKeysDirectory)));

        var authentication = services.AddAuthentication().AddCookie(WebSchemes.Cookie, cookie =>
        {
            cookie.Cookie.Name = "approvals-session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = isDevelopment ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            cookie.LoginPath = "/signin";
            cookie.AccessDeniedPath = "/forbidden";
            cookie.SlidingExpiration = false;
            if (useOidc)
                cookie.ForwardChallenge = WebSchemes.OpenIdConnect;
        });
        if (useOidc)
        {
            OidcSetup.EnsureConfigured(oidc);
            authentication.AddOpenIdConnect(WebSchemes.OpenIdConnect, options => OidcSetup.Configure(options, oidc, isDevelopment));
        }

        services.AddAuthorizationBuilder().AddPolicy(WebSchemes.SignedInPolicy, policy =>
            policy.AddAuthenticationSchemes(WebSchemes.Cookie).RequireAuthenticatedUser());

        services.AddHttpContextAccessor();
        services.AddCascadingAuthenticationState();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddOptions<SigningOptions>().Bind(configuration.GetSection(SigningOptions.Section));
        services.AddSingleton<ApiBaseAddress>();
        services.AddSingleton<PendingFormProtector>();
        services.AddScoped<Reauthentication>();
        services.AddScoped<UserClock>();
        services.AddTransient<BearerTokenHandler>();
        services.AddHttpClient<ApprovalsApi>((provider, http) => http.BaseAddress = provider.GetRequiredService<ApiBaseAddress>().Value)
            .AddHttpMessageHandler<BearerTokenHandler>();
        return services;
    }

    /// <summary>Page-only middleware: error and 404 pages, security headers, language (the API keeps its own answers).</summary>
    public static IApplicationBuilder UseApprovalsWeb(this IApplicationBuilder app, IConfiguration configuration)
    {
        var authority = configuration.GetSection(OidcSettings.Section).Get<OidcSettings>()?.Authority;
        var identityProviderOrigin = Uri.TryCreate(authority, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : "";
        // On the main pipeline, where re-execution routes the request again. Only for page reads: the API's errors stay
        // problem details, and a refused form post keeps its own status rather than being replayed as a 404 page.
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.Use((http, next) =>
        {
            var pageRead = WebPaths.IsPage(http) && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method));
            if (!pageRead && http.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
                statusPages.Enabled = false;
            return next(http);
        });
        // Static files as middleware, not MapStaticAssets: run from build output, that maps a GET catch-all endpoint
        // which turns every unmatched POST (the API's 404s) into 405.
        return app.UseWhen(WebPaths.IsPage, pages => pages
            .UseMiddleware<SecurityHeaders>(identityProviderOrigin)
            .UseStaticFiles()
            .UseRequestLocalization(WebCultures.Options())
            // Last, so the error page has the user's language: a page that throws shows a browser the error page
            // (status 500); everything else passes on to the server's handler and stays problem details.
            .UseWhen(HtmlErrorPage.IsWanted, html => html.UseExceptionHandler(HtmlErrorPage.HandlerOptions())));
    }

    /// <summary>Validates the antiforgery token of every form post; after authentication so tokens bind to the user.</summary>
    public static IApplicationBuilder UseApprovalsWebAntiforgery(this IApplicationBuilder app) => app.UseAntiforgery();

    public static void MapApprovalsWeb(this WebApplication app)
    {
        app.MapSessionEndpoints();
        app.MapCultureSwitch();
        app.MapAuditDownloads();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode().RequireAuthorization(WebSchemes.SignedInPolicy);
    }
}
