using System.Text.Json;
using System.Text.Json.Nodes;
using Approvals.Domain.Protocols;

namespace Approvals.Domain.Tests.Protocols;

/// <summary>A duration is written as calendar time (a string) or as working days on a calendar (an object).</summary>
public sealed class ProtocolDurationJsonSpecs
{
    /// <summary>A member holding a duration, read with the protocol documents' own options.</summary>
    sealed record Holder(ProtocolDuration? Clock);

    static ProtocolDuration Read(string clockJson) =>
        JsonSerializer.Deserialize<Holder>($$"""{"clock": {{clockJson}}}""", ProtocolJson.Options)!.Clock!;

    [Theory]
    [InlineData("\"P7D\"", 7 * 24)]
    [InlineData("\"PT72H\"", 72)]
    public void Should_read_a_string_as_calendar_time(string json, int hours)
    {
        Assert.Equal(ProtocolDuration.Of(new IsoDuration(TimeSpan.FromHours(hours), JsonNode.Parse(json)!.GetValue<string>())), Read(json));
    }

    [Theory]
    [InlineData("""{"workingDays": 5, "calendar": "FR"}""", 5, "FR")]
    [InlineData("""{"calendar": "US", "workingDays": 15}""", 15, "US")]
    [InlineData("""{"WorkingDays": 5, "Calendar": "FR"}""", 5, "FR")]
    [InlineData("""{"workingDays": 0, "calendar": "DE"}""", 0, "DE")] // read as written; the validator judges it
    [InlineData("""{"workingDays": null}""", null, null)]
    [InlineData("{}", null, null)]
    public void Should_read_an_object_as_working_days(string json, int? workingDays, string? calendar)
    {
        Assert.Equal(ProtocolDuration.InWorkingDays(workingDays, calendar), Read(json));
    }

    [Theory]
    [InlineData("\"P7D\"")]
    [InlineData("\"PT72H\"")]
    [InlineData("""{"workingDays": 5, "calendar": "FR"}""")]
    public void Should_write_it_back_as_it_was_read(string json)
    {
        var written = JsonSerializer.Serialize(new Holder(Read(json)), ProtocolJson.Options);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)!["clock"]), written);
    }

    [Theory]
    [InlineData("""{"workingDays": 5, "calendar": "FR", "duration": "P7D"}""")] // both forms at once
    [InlineData("""{"workingDays": 5, "calendar": "FR", "iso": "P7D"}""")]
    [InlineData("""{"workingDays": "5", "calendar": "FR"}""")]
    [InlineData("""{"workingDays": 5.5, "calendar": "FR"}""")]
    [InlineData("""{"workingDays": 5, "workingDays": 6, "calendar": "FR"}""")]
    [InlineData("""{"workingDays": 5, "calendar": ["FR"]}""")]
    [InlineData("""["P7D"]""")]
    [InlineData("7")]
    [InlineData("\"P1M\"")]
    [InlineData("\"5 working days\"")]
    public void Should_refuse_anything_else_and_say_what_was_expected(string json)
    {
        var thrown = Assert.Throws<JsonException>(() => Read(json));

        Assert.Equal(ProtocolDuration.Expected, Assert.IsType<ExpectedFormatException>(thrown.InnerException).Message);
        Assert.StartsWith("$.clock", thrown.Path, StringComparison.Ordinal);
    }
}
