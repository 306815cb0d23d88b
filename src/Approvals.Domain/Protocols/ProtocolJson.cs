using System.Text.Json;
using System.Text.Json.Serialization;

namespace Approvals.Domain.Protocols;

/// <summary>
/// How protocol documents are read from files and stored: the same reading the HTTP API gives a request body (camelCase,
/// kebab-case enums, numbers as JSON numbers, unknown and duplicate members refused), so a file and a POST mean the same thing.
/// </summary>
public static class ProtocolJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
        NumberHandling = JsonNumberHandling.Strict,
        WriteIndented = true,
    };

    /// <summary>The document in <paramref name="json"/>; a <see cref="JsonException"/> when it is not one.</summary>
    public static ProtocolDocument Parse(string json) =>
        JsonSerializer.Deserialize<ProtocolDocument>(json, Options) ?? throw new JsonException("The document is null.");

    public static string Serialize(ProtocolDocument document) => JsonSerializer.Serialize(document, Options);
}
