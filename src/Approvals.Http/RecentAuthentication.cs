using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Approvals.Http;

/// <summary>
/// Step-up for signing (RFC 9470): an endpoint that signs refuses a token whose <c>auth_time</c> is older than
/// <see cref="SigningOptions.MaxAuthenticationAge"/>, that has none, or whose <c>auth_time</c> lies in the future (beyond
/// <see cref="TokenClock.AllowedSkew"/>: not a sign-in that happened), with 401, a problem, and a Bearer challenge
/// naming <c>insufficient_user_authentication</c> and the <c>max_age</c> the client should ask its identity provider for.
/// Runs after authorization, so a caller without the role still gets 403.
/// </summary>
public static class RecentAuthentication
{
    public const string AuthTimeClaim = "auth_time";
    public const string Error = "insufficient_user_authentication";

    // The range DateTimeOffset can hold: a time outside it is no sign-in at all.
    static readonly long MinUnixSeconds = DateTimeOffset.MinValue.ToUnixTimeSeconds();
    static readonly long MaxUnixSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    public static TBuilder RequireRecentAuthentication<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var maxAge = http.RequestServices.GetRequiredService<IOptions<SigningOptions>>().Value.MaxAuthenticationAge;
            var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            return IsRecent(http, now, maxAge) ? await next(context) : Challenge(http, maxAge);
        });

    static bool IsRecent(HttpContext http, DateTimeOffset now, TimeSpan maxAge)
    {
        var claim = http.User.FindFirst(AuthTimeClaim)?.Value;
        if (!long.TryParse(claim, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            || seconds < MinUnixSeconds || seconds > MaxUnixSeconds)
            return false;
        var signedInAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return signedInAt <= now + TokenClock.AllowedSkew && now - signedInAt <= maxAge;
    }

    static ProblemHttpResult Challenge(HttpContext http, TimeSpan maxAge)
    {
        var seconds = ((long)maxAge.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        var description = $"Signing needs an authentication within the last {seconds} seconds; sign in again.";
        http.Response.Headers.WWWAuthenticate =
            $"Bearer error=\"{Error}\", error_description=\"{description}\", max_age=\"{seconds}\"";
        return TypedResults.Problem(description, statusCode: StatusCodes.Status401Unauthorized, title: "A recent sign-in is required.",
            extensions: new Dictionary<string, object?> { ["error"] = Error, ["maxAge"] = (long)maxAge.TotalSeconds });
    }
}
