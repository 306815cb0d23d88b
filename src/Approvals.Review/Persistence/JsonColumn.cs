using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Approvals.Review.Persistence;

/// <summary>
/// A contract record held whole in one JSON column: read with the review, never queried by its members. Compared by its
/// JSON, since a record's own equality compares its lists by reference.
/// </summary>
internal static class JsonColumn
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static PropertyBuilder<T?> HasJsonConversion<T>(this PropertyBuilder<T?> property)
        where T : class =>
        property.HasConversion(
            value => JsonSerializer.Serialize(value, Json),
            json => JsonSerializer.Deserialize<T>(json, Json),
            new ValueComparer<T?>(
                (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                value => JsonSerializer.Serialize(value, Json).GetHashCode(StringComparison.Ordinal),
                value => value));
}
