using System.Security.Claims;
using Approvals.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Approvals.Web.Signing;

/// <summary>
/// The step-up before a signature, for signing pages. On submit:
/// <code>
/// if (Reauthentication.IsNeeded(user))
/// {
///     Navigation.NavigateTo(Reauthentication.Begin(user, "/reviews/42/decide", new Dictionary&lt;string, string&gt; { ["reason"] = form.Reason }));
///     return;
/// }
/// </code>
/// The user confirms who they are on <c>/reauthenticate</c> (Development: a fresh demo token; OpenID Connect:
/// <c>prompt=login</c>, <c>max_age=0</c>) and comes back to the return path with <c>?resume=…</c>; the page then calls
/// <see cref="Resume"/> with that value in <c>OnInitialized</c>, refills its form from <see cref="PendingForm.Values"/> and
/// completes the action, so nothing is typed twice.
/// </summary>
public sealed class Reauthentication(PendingFormProtector forms, IOptions<SigningOptions> signing, TimeProvider clock)
{
    public const string Page = "/reauthenticate";
    public const string ResumeParameter = "resume";

    public TimeSpan MaxAge => signing.Value.MaxAuthenticationAge;

    public bool IsNeeded(ClaimsPrincipal user) =>
        !SignInFreshness.IsRecent(SignInFreshness.AuthenticatedAt(user), clock.GetUtcNow(), MaxAge);

    /// <summary>The URL of the re-authentication page, carrying the sealed form.</summary>
    public string Begin(ClaimsPrincipal user, string returnPath, IReadOnlyDictionary<string, string> values)
    {
        var form = new PendingForm(CurrentUser.From(user).Id, Security.SessionEndpoints.LocalOrHome(returnPath), values);
        return QueryHelpers.AddQueryString(Page, "state", forms.Seal(form));
    }

    /// <summary>The form the user was filling in before re-authenticating, or null (absent, forged, expired, someone else's).</summary>
    public PendingForm? Resume(ClaimsPrincipal user, string? resume) => forms.Read(resume, user);

    public static string ResumeUrl(string returnPath, string sealedForm) =>
        QueryHelpers.AddQueryString(returnPath, ResumeParameter, sealedForm);
}
