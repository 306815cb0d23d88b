using System.Text.Json;
using System.Text.Json.Serialization;
using System.Xml;

namespace Approvals.Domain.Protocols;

/// <summary>
/// An ISO 8601 duration as an operator wrote it (<c>P180D</c>, <c>PT72H</c>, <c>PT30S</c>), kept with its spelling so
/// that a published document reads back exactly as it was written.
/// </summary>
[JsonConverter(typeof(IsoDurationJsonConverter))]
public readonly record struct IsoDuration(TimeSpan Value, string Text)
{
    public const string Expected = "An ISO 8601 duration in days, hours, minutes and seconds, e.g. P180D, PT72H or PT30S.";

    public static bool TryParse(string? text, out IsoDuration duration)
    {
        duration = default;
        if (string.IsNullOrEmpty(text) || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
            return false;
        // Years and months have no fixed length: XmlConvert would silently count them as 365 and 30 days.
        var datePart = text.Split('T')[0];
        if (datePart.Contains('Y', StringComparison.Ordinal) || datePart.Contains('M', StringComparison.Ordinal))
            return false;
        try
        {
            duration = new IsoDuration(XmlConvert.ToTimeSpan(text), text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>The shortest ISO 8601 spelling of <paramref name="value"/>, for durations that were never written down.</summary>
    public static IsoDuration From(TimeSpan value) => new(value, XmlConvert.ToString(value));

    public override string ToString() => Text;
}

/// <summary>Reads and writes <see cref="IsoDuration"/> as its ISO 8601 text; anything else is a malformed document.</summary>
public sealed class IsoDurationJsonConverter : JsonConverter<IsoDuration>
{
    public override IsoDuration Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && IsoDuration.TryParse(reader.GetString(), out var duration)
            ? duration
            : throw new JsonException(null, new ExpectedFormatException(IsoDuration.Expected));

    public override void Write(Utf8JsonWriter writer, IsoDuration value, JsonSerializerOptions options) => writer.WriteStringValue(value.Text);
}
