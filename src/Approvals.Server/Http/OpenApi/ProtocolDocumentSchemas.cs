using System.Text.Json.Nodes;
using Approvals.Domain.Protocols;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Approvals.Server.Http.OpenApi;

/// <summary>
/// Protocol documents read durations and effective dates through their own converters, which the schema generator
/// cannot see into: say they are strings, and in which format.
/// </summary>
public sealed class ProtocolDocumentSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if ((Nullable.GetUnderlyingType(type) ?? type) == typeof(IsoDuration))
            Describe(schema, IsoDuration.Expected, "P180D", nullable: false);  // becomes the shared IsoDuration component
        else if (typeof(IEnumerable<IsoDuration>).IsAssignableFrom(type))
            schema.Items = Describe(new OpenApiSchema(), IsoDuration.Expected, "P30D", nullable: false);
        else if (context.JsonPropertyInfo is { Name: "effectiveFrom" } property && property.DeclaringType == typeof(ProtocolDocument))
            Describe(schema, ExplicitOffsetJsonConverter.Expected, "2017-07-24T00:00:00Z", nullable: true).Format = "date-time";
        return Task.CompletedTask;
    }

    static OpenApiSchema Describe(OpenApiSchema schema, string description, string example, bool nullable)
    {
        schema.OneOf = null;
        schema.Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        schema.Description = description;
        schema.Examples = [JsonValue.Create(example)];
        return schema;
    }
}
