using Approvals.Web.Components;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

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
    /// The page-only exception handler: the document routed to <see cref="Path"/>, rendered in a fresh scope (whatever broke
    /// the first time), with status 500. Rendered here rather than re-executed: a branch of the pipeline has no routes,
    /// so a re-executed request would find no page and answer 404.
    /// </summary>
    public static ExceptionHandlerOptions HandlerOptions() => new()
    {
        ExceptionHandlingPath = Path,
        CreateScopeForErrors = true,
        ExceptionHandler = http =>
        {
            // Nothing of the failed request reaches the page, not even its query (the layout echoes the address).
            http.Request.QueryString = QueryString.Empty;
            return new RazorComponentResult<App> { StatusCode = StatusCodes.Status500InternalServerError }.ExecuteAsync(http);
        },
    };

    // "q=0" means "not this type"; Blazor's enhanced navigation asks for "text/html; blazor-enhanced-nav=on".
    static bool AcceptsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(type =>
            type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && type.Quality is not 0d);
}
