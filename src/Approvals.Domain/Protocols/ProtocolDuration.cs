using System.Text.Json;
using System.Text.Json.Serialization;

namespace Approvals.Domain.Protocols;

/// <summary>
/// A duration as a protocol document writes it: calendar time (<c>"P7D"</c>, <c>"PT72H"</c>) or working days on a
/// jurisdiction's calendar (<c>{"workingDays": 5, "calendar": "FR"}</c>). Members are nullable so that
/// <see cref="ProtocolDurationRules"/> can name what is missing or wrong.
/// </summary>
[JsonConverter(typeof(ProtocolDurationJsonConverter))]
public sealed record ProtocolDuration(IsoDuration? CalendarTime, WorkingDaysDocument? WorkingDays)
{
    public const string Expected =
        "Either an ISO 8601 duration in days, hours, minutes and seconds (e.g. P7D or PT72H) or working days on a " +
        """calendar, e.g. {"workingDays": 5, "calendar": "FR"}; not both.""";

    public static ProtocolDuration Of(IsoDuration calendarTime) => new(calendarTime, null);

    public static ProtocolDuration InWorkingDays(int? workingDays, string? calendar) => new(null, new WorkingDaysDocument(workingDays, calendar));

    public override string ToString() =>
        CalendarTime?.Text ?? (WorkingDays is { } w ? $"{w.WorkingDays} working days ({w.Calendar})" : "");
}

/// <summary>So many working days counted on the calendar of the jurisdiction named by <paramref name="Calendar"/>.</summary>
public sealed record WorkingDaysDocument(int? WorkingDays, string? Calendar);

/// <summary>
/// Reads a string as calendar time and an object as working days, each written back as it was read. An object with
/// any other member (a duration beside the working days, say) is a malformed document.
/// </summary>
public sealed class ProtocolDurationJsonConverter : JsonConverter<ProtocolDuration>
{
    const string WorkingDaysMember = "workingDays";
    const string CalendarMember = "calendar";

    public override ProtocolDuration Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String when IsoDuration.TryParse(reader.GetString(), out var duration) => ProtocolDuration.Of(duration),
            JsonTokenType.StartObject => ReadWorkingDays(ref reader),
            _ => throw Malformed(),
        };

    static ProtocolDuration ReadWorkingDays(ref Utf8JsonReader reader)
    {
        int? workingDays = null;
        string? calendar = null;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var member = reader.GetString()!;
            if (!seen.Add(member))
                throw Malformed();
            reader.Read();
            // Member names match as the rest of the document's do (JsonSerializerDefaults.Web): in any case.
            var isWorkingDays = member.Equals(WorkingDaysMember, StringComparison.OrdinalIgnoreCase);
            var isCalendar = member.Equals(CalendarMember, StringComparison.OrdinalIgnoreCase);
            if (isWorkingDays && reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var days))
                workingDays = days;
            else if (isCalendar && reader.TokenType == JsonTokenType.String)
                calendar = reader.GetString();
            else if (!(isWorkingDays || isCalendar) || reader.TokenType != JsonTokenType.Null)
                throw Malformed();
        }

        return ProtocolDuration.InWorkingDays(workingDays, calendar);
    }

    public override void Write(Utf8JsonWriter writer, ProtocolDuration value, JsonSerializerOptions options)
    {
        if (value.WorkingDays is not { } working)
        {
            writer.WriteStringValue(value.CalendarTime?.Text);
            return;
        }

        writer.WriteStartObject();
        if (working.WorkingDays is { } days)
            writer.WriteNumber(WorkingDaysMember, days);
        if (working.Calendar is { } calendar)
            writer.WriteString(CalendarMember, calendar);
        writer.WriteEndObject();
    }

    static JsonException Malformed() => new(null, new ExpectedFormatException(ProtocolDuration.Expected));
}
