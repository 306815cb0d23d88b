using System.Text.Json;
using Approvals.Web.Components.Pages.Admin;
using static Approvals.Web.Components.Pages.Admin.DurationText;

namespace Approvals.Web.Tests.Auditor;

public sealed class When_describing_protocol_clocks
{
    [Theory]
    [InlineData("P180D", 180, Unit.Days)]
    [InlineData("PT72H", 3, Unit.Days)]
    [InlineData("PT36H", 36, Unit.Hours)]
    [InlineData("P1DT30M", 1470, Unit.Minutes)]
    [InlineData("PT90S", 90, Unit.Seconds)]
    public void Should_state_it_in_the_largest_whole_unit(string iso, long count, Unit unit) =>
        Assert.Equal(new Amount(count, unit), Read(iso));

    [Theory]
    [InlineData("180 days")]
    [InlineData("P2W")]
    [InlineData("")]
    [InlineData(null)]
    public void Should_not_read_what_is_not_a_duration(string? text) => Assert.Null(Read(text));

    [Fact]
    public void Should_read_a_protocol_duration_in_either_form()
    {
        var workingDays = JsonDocument.Parse("""{"workingDays": 5, "calendar": "FR"}""").RootElement;
        var calendarTime = JsonDocument.Parse("\"P7D\"").RootElement;
        Assert.Equal(new ProtocolDurationText.WorkingDays(5, "FR"), ProtocolDurationText.InWorkingDays(workingDays));
        Assert.Null(ProtocolDurationText.CalendarTime(workingDays));
        Assert.Equal("P7D", ProtocolDurationText.CalendarTime(calendarTime));
        Assert.Null(ProtocolDurationText.InWorkingDays(calendarTime));
        Assert.Null(ProtocolDurationText.InWorkingDays(null));
    }

    [Fact]
    public void Should_take_the_protocol_id_typed_else_the_documents()
    {
        Assert.Equal("typed", new PublishForm { ProtocolId = " typed ", Document = """{"protocolId":"inside"}""" }.TargetProtocolId());
        Assert.Equal("inside", new PublishForm { Document = """{"protocolId":"inside","version":2}""" }.TargetProtocolId());
        Assert.Null(new PublishForm { Document = "{ not json" }.TargetProtocolId());
        Assert.Null(new PublishForm { Document = """{"protocolId":7}""" }.TargetProtocolId());
        Assert.Null(new PublishForm { Document = "[]" }.TargetProtocolId());
    }
}
