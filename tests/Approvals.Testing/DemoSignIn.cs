using System.Net;
using System.Text.RegularExpressions;

namespace Approvals.Testing;

/// <summary>
/// Signing in to the web app as a browser does in Development: the sign-in page's demo form, posted with the antiforgery
/// token the page carries. The client must keep cookies (the token pairs with one) and should not follow redirects, so
/// the caller sees the form's own answer.
/// </summary>
public static partial class DemoSignIn
{
    /// <summary>Reads /signin, posts its demo form for <paramref name="demoUserId"/>, and returns the form's answer.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string demoUserId, CancellationToken cancellationToken = default)
    {
        var page = await browser.GetStringAsync("/signin", cancellationToken);
        var token = AntiforgeryField().Match(page) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups["token"].Value)
            : throw new InvalidOperationException("The sign-in page carries no antiforgery token.");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "demo",
            ["DemoUserId"] = demoUserId,
            ["__RequestVerificationToken"] = token,
        });
        return await browser.PostAsync("/signin", form, cancellationToken);
    }

    // The hidden field's attributes come in either order.
    [GeneratedRegex("""name="__RequestVerificationToken"[^>]*?value="(?<token>[^"]+)"|value="(?<token>[^"]+)"[^>]*?name="__RequestVerificationToken" """)]
    private static partial Regex AntiforgeryField();
}
