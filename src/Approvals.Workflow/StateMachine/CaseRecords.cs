using System.Text.Json;
using System.Text.Json.Serialization;

namespace Approvals.Workflow;

/// <summary>
/// Contract records the saga keeps as JSON in one column each (the case as submitted, the newest follow-up), in the
/// web shape (camelCase) the rest of the system reads, so a row stays readable in SQL and members can be added.
/// </summary>
internal static class CaseRecords
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Json);

    public static T? Read<T>(string? json)
        where T : class =>
        json is null ? null : JsonSerializer.Deserialize<T>(json, Json);
}
