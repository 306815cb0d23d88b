using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Approvals.Server.Http.OpenApi;

/// <summary>
/// Says exactly which members may be null or left out:
/// <list type="bullet">
/// <item>A nullable member is documented as <c>oneOf [null, X]</c>, so X itself must not admit null: an enum lists only
/// its values, and stored JSON values (<see cref="JsonElement"/>) are objects.</item>
/// <item>Request members are nullable in C# so that a missing one is named in the answer rather than refused by the
/// serializer; a member marked <see cref="RequiredAttribute"/> is one the server refuses to do without, so the document
/// requires it and does not admit null for it.</item>
/// </list>
/// </summary>
public sealed class ExactNullability : IOpenApiSchemaTransformer
{
    const string NullablePropertyFlag = "x-is-nullable-property";

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying.IsEnum && schema.Enum is { } values)
            schema.Enum = [.. values.Where(v => v is not null)];
        else if (underlying == typeof(JsonElement))
        {
            schema.Type = JsonSchemaType.Object;
            schema.Description = "A JSON object: the values as recorded.";
        }

        if (context.JsonPropertyInfo is null)
            RequireMarkedMembers(schema, context);
        else if (context.JsonPropertyInfo.AttributeProvider is MemberInfo member && member.IsDefined(typeof(RequiredAttribute)))
            NeverNull(schema);
        return Task.CompletedTask;
    }

    static void RequireMarkedMembers(OpenApiSchema schema, OpenApiSchemaTransformerContext context)
    {
        foreach (var property in context.JsonTypeInfo.Properties)
        {
            if (property.AttributeProvider is MemberInfo member && member.IsDefined(typeof(RequiredAttribute)))
            {
                schema.Required ??= new HashSet<string>();
                schema.Required.Add(property.Name);
            }
        }
    }

    static void NeverNull(OpenApiSchema schema)
    {
        // The generator wraps a member flagged nullable in oneOf [null, ...] once it has made the member's type a component.
        schema.Metadata?.Remove(NullablePropertyFlag);
        if (schema.Type is { } type)
            schema.Type = type & ~JsonSchemaType.Null;
        if (schema.Enum is { } values)
            schema.Enum = [.. values.Where(v => v is not null)];
    }
}
