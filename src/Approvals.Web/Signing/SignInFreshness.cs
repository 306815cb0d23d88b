using System.Globalization;
using System.Security.Claims;
using Approvals.Http;

namespace Approvals.Web.Signing;

/// <summary>
/// Whether the user's sign-in is recent enough to sign, by the same rule the API applies (<c>auth_time</c> within
/// <see cref="SigningOptions.MaxAuthenticationAge"/>, not in the future beyond the allowed skew), so the page asks
/// for re-authentication before the API would refuse the signature.
/// </summary>
public static class SignInFreshness
{
    public static DateTimeOffset? AuthenticatedAt(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirst(RecentAuthentication.AuthTimeClaim)?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
        && seconds >= 0 && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    public static bool IsRecent(DateTimeOffset? authenticatedAt, DateTimeOffset now, TimeSpan maxAge) =>
        authenticatedAt is { } at && at <= now + TokenClock.AllowedSkew && now - at <= maxAge;
}
