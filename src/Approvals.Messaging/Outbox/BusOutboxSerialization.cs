using System.Text.Json;
using System.Text.Json.Serialization;

namespace Approvals.Messaging.Outbox;

internal static class BusOutboxSerialization
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";
}
