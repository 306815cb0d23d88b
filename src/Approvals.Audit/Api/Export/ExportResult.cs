using System.Reflection;
using Approvals.Audit.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Audit.Api.Export;

/// <summary>Streams the selected entries straight from the database reader into the response body.</summary>
public sealed class ExportResult(IQueryable<AuditEntry> entries, ExportFormat format) : IResult, IEndpointMetadataProvider
{
    /// <summary>Tells the API description what an export answers: text, in each format's media type.</summary>
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string),
            [.. ExportFormat.All.Select(f => f.MediaType)]));

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = format.ContentType;
        response.Headers.ContentDisposition = $"attachment; filename=\"audit-entries.{format.Name}\"";
        await format.WriteAsync(entries.AsAsyncEnumerable(), response.Body, httpContext.RequestAborted);
    }
}
