using System.Text.Json.Nodes;
using Approvals.Contracts;
using Approvals.Domain.Calendars;
using Approvals.Domain.Protocols;
using static Approvals.Domain.Tests.Protocols.ProtocolDocuments;

namespace Approvals.Domain.Tests.Protocols;

/// <summary>A protocol's review clocks and information deadline in working days, through the validator and the messages.</summary>
public sealed class WorkingDayClockSpecs
{
    static JsonObject Days(int workingDays, string calendar) => new() { ["workingDays"] = workingDays, ["calendar"] = calendar };

    static JsonObject WorkingDayDocument() => Valid()
        .Set("reviewClocks.standard", Days(5, "FR"))
        .Set("reviewClocks.expedited", Days(2, "FR"))
        .Set("informationDeadline", Days(10, "US"));

    [Fact]
    public void A_version_holds_its_clocks_on_their_calendars()
    {
        var version = Version(WorkingDayDocument().ToJsonString());

        Assert.Equal(new WorkingDaysAllowed(5, JurisdictionCalendars.France), version.ReviewClocks.Standard);
        Assert.Equal(new WorkingDaysAllowed(2, JurisdictionCalendars.France), version.ReviewClocks.Expedited);
        Assert.Equal(new WorkingDaysAllowed(10, JurisdictionCalendars.UnitedStates), version.InformationDeadline);
    }

    [Fact]
    public void Calendar_time_and_working_days_mix_in_one_document()
    {
        var version = Version(Valid().Set("reviewClocks.standard", Days(5, "FR")).ToJsonString());

        Assert.Equal(new WorkingDaysAllowed(5, JurisdictionCalendars.France), version.ReviewClocks.Standard);
        Assert.Equal(new CalendarTimeAllowed(TimeSpan.FromHours(72)), version.ReviewClocks.Expedited);
    }

    public static TheoryData<string, JsonObject, string[]> BadClocks => new()
    {
        { "an unknown calendar", WorkingDayDocument().Set("reviewClocks.standard", Days(5, "DE")), ["reviewClocks.standard.calendar"] },
        { "zero working days", WorkingDayDocument().Set("reviewClocks.expedited", Days(0, "FR")), ["reviewClocks.expedited.workingDays"] },
        { "a negative deadline", WorkingDayDocument().Set("informationDeadline", Days(-1, "US")), ["informationDeadline.workingDays"] },
        { "an expedited clock of more working days than the standard one", WorkingDayDocument().Set("reviewClocks.expedited", Days(6, "FR")),
            ["reviewClocks.expedited"] },
    };

    [Theory]
    [MemberData(nameof(BadClocks))]
    public void A_bad_clock_is_named_by_its_path(string problem, JsonObject document, string[] fields)
    {
        var validation = Validate(document);

        Assert.False(validation.IsValid, problem);
        Assert.Equal(fields, validation.Errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Clocks_in_different_forms_are_not_compared()
    {
        // 5 working days may be 5 calendar days or 11: which is longer than P3D depends on the day a review opens.
        var validation = Validate(Valid().Set("reviewClocks.standard", "P3D").Set("reviewClocks.expedited", Days(5, "FR")));

        Assert.True(validation.IsValid);
    }

    [Fact]
    public void A_version_announced_in_a_message_reads_back_the_same()
    {
        var version = Version(WorkingDayDocument().ToJsonString());

        var rules = version.ToContract();

        Assert.Equal(new WorkingDays(5, "FR"), rules.ReviewClocks.StandardWorkingDays);
        Assert.Equal(new WorkingDays(10, "US"), rules.InformationDeadlineWorkingDays);
        Assert.Equal(version, rules.ToProtocolVersion());
    }

    [Fact]
    public void A_calendar_time_version_announces_no_working_days()
    {
        var rules = V1.ToContract();

        Assert.Equal((TimeSpan.FromDays(7), null, null), (rules.ReviewClocks.Standard, rules.ReviewClocks.StandardWorkingDays, rules.InformationDeadlineWorkingDays));
        Assert.Equal(V1, rules.ToProtocolVersion());
    }
}
