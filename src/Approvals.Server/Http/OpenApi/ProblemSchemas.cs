using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Approvals.Server.Http.OpenApi;

/// <summary>
/// RFC 9457 problems carry extension members (every answer a <c>traceId</c>, a broken rule its <c>code</c>, a step-up
/// challenge its <c>error</c> and <c>maxAge</c>): the problem schemas must admit members beyond the standard ones.
/// </summary>
public sealed class ProblemSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo is not null || !typeof(ProblemDetails).IsAssignableFrom(context.JsonTypeInfo.Type))
            return Task.CompletedTask;

        schema.AdditionalPropertiesAllowed = true;
        schema.AdditionalProperties = null;
        schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
        schema.Properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The server's id of this request, to quote when reporting it." };
        schema.Properties["code"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "On a refusal a client can act on, the rule's stable name (e.g. followUpMissing, opinionsMissing).",
        };
        return Task.CompletedTask;
    }
}
