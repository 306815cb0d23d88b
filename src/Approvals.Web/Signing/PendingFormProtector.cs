using System.Security.Claims;
using System.Text.Json;
using Approvals.Http;
using Microsoft.AspNetCore.DataProtection;

namespace Approvals.Web.Signing;

/// <summary>
/// Seals a <see cref="PendingForm"/> into an opaque string for a URL: encrypted and authenticated (nobody reads or
/// alters the values on the way), valid for a short time, and only for the user who typed it.
/// </summary>
public sealed class PendingFormProtector(IDataProtectionProvider provider, TimeProvider clock)
{
    static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    // The expiry travels inside the sealed payload and is checked against our clock: the framework's time-limited
    // protector checks against the system clock, which a test clock (and a clock the host controls) cannot move.
    readonly IDataProtector _protector = provider.CreateProtector("Approvals.Web.PendingForm.v2");

    public string Seal(PendingForm form) =>
        _protector.Protect(JsonSerializer.Serialize(new SealedForm(form, clock.GetUtcNow() + Lifetime)));

    /// <summary>The form, or null when the string is forged, expired, or was sealed for someone else.</summary>
    public PendingForm? Read(string? sealedForm, ClaimsPrincipal user)
    {
        if (string.IsNullOrEmpty(sealedForm))
            return null;
        try
        {
            var opened = JsonSerializer.Deserialize<SealedForm>(_protector.Unprotect(sealedForm));
            return opened is { Form: { } form } && opened.ExpiresAt > clock.GetUtcNow()
                && form.UserId == user.FindFirst(CurrentUser.SubjectClaim)?.Value
                ? form
                : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    sealed record SealedForm(PendingForm Form, DateTimeOffset ExpiresAt);
}
