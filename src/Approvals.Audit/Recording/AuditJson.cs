using System.Text.Json;
using System.Text.Json.Serialization;

namespace Approvals.Audit.Recording;

/// <summary>How old and new values are written into entries: as the API spells them (camelCase, kebab-case enums).</summary>
public static class AuditJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static string Write<T>(T values) => JsonSerializer.Serialize(values, Options);
}
