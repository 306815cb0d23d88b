using System.Reflection;
using System.Text.Json.Serialization;

namespace Approvals.ApiClient;

/// <summary>An enumeration member's name on the wire (<c>under-review</c>), as the pages key their texts by it.</summary>
public static class ApiNames
{
    public static string ApiName<TEnum>(this TEnum value) where TEnum : struct, Enum =>
        typeof(TEnum).GetField(value.ToString())?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? value.ToString();
}
