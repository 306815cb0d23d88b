using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace Approvals.Server.Http;

/// <summary>
/// Refuses bodies over <see cref="MaxBytes"/> with 413 before any handler reads them. Declared lengths are checked
/// here; chunked bodies are capped by the server's own limit, which this middleware lowers to the same figure.
/// </summary>
public sealed class RequestBodyLimit(RequestDelegate next)
{
    public const long MaxBytes = 64 * 1024;

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxBytes;

        if (context.Request.ContentLength > MaxBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "The request body is too large.",
                    Detail = $"Bodies are limited to {MaxBytes} bytes.",
                },
            });
            return;
        }

        await next(context);
    }
}
