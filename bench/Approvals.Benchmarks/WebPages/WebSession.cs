using System.Diagnostics;
using System.Net;

namespace Approvals.Benchmarks.WebPages;

/// <summary>
/// One demo user signed in to the web app as a browser would be: the Development sign-in form posted with its
/// antiforgery token, then the session cookie on every page read. Redirects are not followed, so a page that sends the
/// user back to sign in counts as a failure, not as a fast answer.
/// </summary>
public sealed class WebSession : IDisposable
{
    readonly HttpClient _http;

    WebSession(HttpClient http, string userId)
    {
        _http = http;
        UserId = userId;
    }

    public string UserId { get; }

    public static async Task<WebSession> SignIn(Uri baseAddress, string demoUserId, CancellationToken cancellationToken)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        var http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var session = new WebSession(http, demoUserId);
        try
        {
            using var answer = await DemoSignIn.PostAsync(http, demoUserId, cancellationToken);
            var (status, _) = await session.Read("/", cancellationToken);
            if (status != HttpStatusCode.OK)
                throw new InvalidOperationException($"Signing in as {demoUserId} failed: the home page answered {(int)status}.");
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>GETs a page and reads it whole; the status and the milliseconds until the last byte.</summary>
    public async Task<(HttpStatusCode Status, double Milliseconds)> Read(string path, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await _http.GetAsync(path, HttpCompletionOption.ResponseContentRead, cancellationToken);
        return (response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    public void Dispose() => _http.Dispose();
}
