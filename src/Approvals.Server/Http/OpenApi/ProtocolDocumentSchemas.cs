using System.Text.Json.Nodes;
using Approvals.Domain.Calendars;
using Approvals.Domain.Protocols;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Approvals.Server.Http.OpenApi;

/// <summary>
/// Protocol documents read durations and effective dates through their own converters, which the schema generator
/// cannot see into: say they are strings, and in which format, or for a protocol duration, either such a string or
/// working days on a calendar.
/// </summary>
public sealed class ProtocolDocumentSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if ((Nullable.GetUnderlyingType(type) ?? type) == typeof(IsoDuration))
            Describe(schema, IsoDuration.Expected, "P180D", nullable: false);  // becomes the shared IsoDuration component
        else if (type == typeof(ProtocolDuration))
            DescribeDuration(schema);  // becomes the shared ProtocolDuration component
        else if (typeof(IEnumerable<IsoDuration>).IsAssignableFrom(type))
            schema.Items = Describe(new OpenApiSchema(), IsoDuration.Expected, "P30D", nullable: false);
        else if (context.JsonPropertyInfo is { Name: "effectiveFrom" } property && property.DeclaringType == typeof(ProtocolDocument))
            Describe(schema, ExplicitOffsetJsonConverter.Expected, "2017-07-24T00:00:00Z", nullable: true).Format = "date-time";
        return Task.CompletedTask;
    }

    static void DescribeDuration(OpenApiSchema schema)
    {
        schema.Type = null;
        schema.Properties = null;
        schema.Required = null;
        schema.Description = ProtocolDuration.Expected;
        schema.OneOf =
        [
            Describe(new OpenApiSchema(), IsoDuration.Expected, "P7D", nullable: false),
            new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = $"Working days, from 1 to {ProtocolDurationRules.MaxWorkingDays}, on the calendar of one of " +
                    $"{string.Join(", ", WorkingDayCalendars.Standard.Codes)}; the start's day never counts.",
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["workingDays"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                    ["calendar"] = new OpenApiSchema { Type = JsonSchemaType.String },
                },
                Required = new HashSet<string> { "workingDays", "calendar" },
                AdditionalPropertiesAllowed = false,
                Examples = [new JsonObject { ["workingDays"] = 5, ["calendar"] = "FR" }],
            },
        ];
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
