using Microsoft.AspNetCore.Http;

namespace Approvals.Web.Hosting;

/// <summary>
/// Headers for every page: a Content-Security-Policy that allows only our own scripts, styles and the Blazor circuit
/// (same-origin websocket), no framing, no MIME sniffing, no referrer leaks. Forms post to this site only, plus the
/// identity provider's origin when there is one: Chromium applies form-action to the redirect a sign-in post answers with.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, string identityProviderOrigin)
{
    public Task InvokeAsync(HttpContext http)
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            var socket = (http.Request.IsHttps ? "wss://" : "ws://") + http.Request.Host;
            headers.ContentSecurityPolicy = Policy(socket, identityProviderOrigin);
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(http);
    }

    internal static string Policy(string circuitSocket, string identityProviderOrigin) =>
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        $"connect-src 'self' {circuitSocket}; form-action 'self' {identityProviderOrigin}".TrimEnd() +
        "; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
}
