using System.Text.Json;
using System.Text.Json.Nodes;
using Approvals.Domain.Protocols;
using static Approvals.Domain.Tests.Protocols.ProtocolDocuments;

namespace Approvals.Domain.Tests.Protocols;

/// <summary>The document format itself: what cannot be read at all is a malformed document, not an invalid version.</summary>
public sealed class ProtocolJsonSpecs
{
    [Theory]
    [InlineData(V1File)]
    [InlineData(V3File)]
    public void A_shipped_file_reads_back_as_written(string file)
    {
        var written = ProtocolJson.Serialize(ProtocolJson.Parse(Shipped(file)));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Shipped(file)), JsonNode.Parse(written)), written);
    }

    [Theory]
    [InlineData("PT30S", 0, 0, 30)]
    [InlineData("PT72H", 72, 0, 0)]
    [InlineData("P1DT2H30M", 26, 30, 0)]
    [InlineData("PT0.5S", 0, 0, 0.5)]
    [InlineData("-P1D", -24, 0, 0)]
    public void Durations_are_ISO_8601(string text, int hours, int minutes, double seconds)
    {
        var document = ProtocolJson.Parse(With("informationDeadline", text).ToJsonString());

        Assert.Equal(ProtocolDuration.Of(new IsoDuration(TimeSpan.FromHours(hours) + TimeSpan.FromMinutes(minutes) + TimeSpan.FromSeconds(seconds), text)),
            document.InformationDeadline);
    }

    public static TheoryData<string, JsonNode?, string> Malformed => new()
    {
        // Years and months have no fixed length.
        { "approvalValidity", "P6M", IsoDuration.Expected },
        { "maxApprovalValidity", "P1Y", IsoDuration.Expected },
        { "followUpInterval", "31 days", IsoDuration.Expected },
        { "informationDeadline", "14.00:00:00", ProtocolDuration.Expected },
        { "reviewClocks.standard", " P7D", ProtocolDuration.Expected },
        { "taper.stepInterval", 2, IsoDuration.Expected },
        { "renewalReminders[0]", null, IsoDuration.Expected },
        { "renewalReminders[1]", "P7", IsoDuration.Expected },
        { "effectiveFrom", "2017-07-24T00:00:00", ExplicitOffsetJsonConverter.Expected },
        { "effectiveFrom", "2017-07-24", ExplicitOffsetJsonConverter.Expected },
        { "effectiveFrom", "next monday", ExplicitOffsetJsonConverter.Expected },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void A_malformed_value_stops_the_reading_and_says_what_was_expected(string path, JsonNode? value, string expected)
    {
        var thrown = Assert.Throws<JsonException>(() => ProtocolJson.Parse(With(path, value).ToJsonString()));

        Assert.Equal(expected, Assert.IsType<ExpectedFormatException>(thrown.InnerException).Message);
        Assert.Equal("$." + path, thrown.Path);
    }

    [Theory]
    [InlineData("version", "1")]
    [InlineData("maxDailyDoseMg", "300")]
    [InlineData("doseTiers[0].review", "double")]
    [InlineData("doseTiers[0].review", 0)]
    public void Numbers_are_JSON_numbers_and_reviews_are_named(string path, object value)
    {
        JsonNode node = value is string text ? JsonValue.Create(text) : JsonValue.Create((int)value);

        Assert.Throws<JsonException>(() => ProtocolJson.Parse(With(path, node).ToJsonString()));
    }

    [Fact]
    public void An_unknown_member_is_refused()
    {
        var document = Valid();
        document["maxDoseMg"] = 300;

        Assert.Throws<JsonException>(() => ProtocolJson.Parse(document.ToJsonString()));
    }

    [Theory]
    [InlineData("""{"maxDailyDoseMg": 300, "MAXDAILYDOSEMG": 9999}""", "$.MAXDAILYDOSEMG")]
    [InlineData("""{"maxDailyDoseMg": 300, "maxDailyDoseMg": 9999}""", "$.maxDailyDoseMg")]
    [InlineData("""{"taper": {"minStepMg": 5, "minStepMg": 10}}""", "$.taper.minStepMg")]
    public void A_member_sent_twice_is_refused_whatever_its_case(string duplicates, string path)
    {
        var thrown = Assert.Throws<JsonException>(() => ProtocolJson.Parse(duplicates));

        Assert.StartsWith("Duplicate property", thrown.Message, StringComparison.Ordinal);
        Assert.Equal(path, thrown.Path);
    }

    [Fact]
    public void An_offset_other_than_zero_is_kept_and_means_the_same_instant()
    {
        var document = ProtocolJson.Parse(With("effectiveFrom", "2017-07-24T02:00:00+02:00").ToJsonString());

        Assert.Equal(At("2017-07-24T00:00:00Z"), document.EffectiveFrom);
        Assert.Equal("2017-07-24T02:00:00+02:00", JsonNode.Parse(ProtocolJson.Serialize(document))!["effectiveFrom"]!.GetValue<string>());
    }
}
