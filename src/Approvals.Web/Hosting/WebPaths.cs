using Microsoft.AspNetCore.Http;

namespace Approvals.Web.Hosting;

/// <summary>Which requests are the web app's pages, as opposed to the API and the server's own endpoints.</summary>
public static class WebPaths
{
    static readonly PathString[] NotPages = ["/api", "/dev", "/health", "/openapi", "/scalar"];

    public static bool IsPage(HttpContext http) => !NotPages.Any(p => http.Request.Path.StartsWithSegments(p));
}
