using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Approvals.Domain.Protocols;

/// <summary>
/// An instant with its offset written out (<c>Z</c> or <c>+02:00</c>). Without one, the serializer would read the time
/// in the server's own time zone, and a version would take effect at a moment that depends on where it runs.
/// </summary>
public sealed class ExplicitOffsetJsonConverter : JsonConverter<DateTimeOffset>
{
    public const string Expected = "An ISO 8601 date and time with its offset, e.g. 2017-07-24T00:00:00Z or 2017-07-24T00:00:00+02:00.";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var value) && HasOffset(reader.GetString()!))
            return value;
        throw new JsonException(null, new ExpectedFormatException(Expected));
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Offset == TimeSpan.Zero
            ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));

    static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
}
