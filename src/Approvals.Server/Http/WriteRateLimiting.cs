using System.Globalization;
using System.Threading.RateLimiting;
using Approvals.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Approvals.Server.Http;

/// <summary>
/// A fixed window of writes per caller: the token's subject, or the client address for a caller without a valid token.
/// Reads are not limited. A refused write is answered 429 with <c>Retry-After</c> before any handler runs, so it
/// changes nothing and is not recorded.
/// </summary>
public static class WriteRateLimiting
{
    public static IServiceCollection AddWriteRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(WriteRateLimitOptions.Section).Get<WriteRateLimitOptions>() ?? new WriteRateLimitOptions();
        options.EnsureValid();

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                options.Enabled && IsWrite(context.Request.Method)
                    ? RateLimitPartition.GetFixedWindowLimiter(CallerOf(context), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = options.PermitLimit,
                        Window = options.Window,
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter(string.Empty));
            limiter.OnRejected = (rejected, _) => RefuseAsync(rejected, options.Window);
        });
        return services;
    }

    static bool IsWrite(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);

    /// <summary>Runs after authentication, so a valid token names the caller; prefixes keep a subject from posing as an address.</summary>
    static string CallerOf(HttpContext context) =>
        context.User.FindFirst(CurrentUser.SubjectClaim)?.Value is { } subject
            ? "user:" + subject
            : "address:" + context.Connection.RemoteIpAddress;

    static async ValueTask RefuseAsync(OnRejectedContext rejected, TimeSpan window)
    {
        var http = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
        var seconds = (long)Math.Max(1, Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many writes.",
                Detail = $"Too many writes from you in a short time; retry in {seconds} seconds.",
            },
        });
    }
}
