using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Approvals.Web.Hosting;

/// <summary>
/// Which failed requests get the web app's localised error page rather than problem details: page addresses asked for
/// by a browser (it accepts text/html). Everything else, the API above all, keeps the server's problem JSON.
/// </summary>
public static class HtmlErrorPage
{
    public const string Path = "/error";

    public static bool IsWanted(HttpContext http) => WebPaths.IsPage(http) && AcceptsHtml(http.Request);

    /// <summary>
    /// The page-only exception handler: re-executes the request as <see cref="Path"/> in a fresh scope, so the error
    /// page renders with the user's language and the security headers, whatever broke the first time.
    /// </summary>
    public static ExceptionHandlerOptions HandlerOptions() => new() { ExceptionHandlingPath = Path, CreateScopeForErrors = true };

    // "q=0" means "not this type"; Blazor's enhanced navigation asks for "text/html; blazor-enhanced-nav=on".
    static bool AcceptsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(type =>
            type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && type.Quality is not 0d);
}
