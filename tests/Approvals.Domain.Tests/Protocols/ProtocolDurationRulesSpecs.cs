using System.Text.Json;
using Approvals.Domain.Calendars;
using Approvals.Domain.Protocols;
using static Approvals.Domain.Tests.Calendars.Days;

namespace Approvals.Domain.Tests.Protocols;

public sealed class ProtocolDurationRulesSpecs
{
    const string Field = "reviewClocks.standard";

    static ProtocolDuration? Read(string json) => JsonSerializer.Deserialize<ProtocolDuration>(json, ProtocolJson.Options);

    static (AllowedTime? Allowed, IDictionary<string, string[]> Errors) Check(ProtocolDuration? duration, WorkingDayCalendars? calendars = null)
    {
        var errors = new ValidationErrors();
        var allowed = ProtocolDurationRules.Check(duration, Field, calendars ?? WorkingDayCalendars.Standard, errors);
        return (allowed, errors.ToDictionary());
    }

    public static TheoryData<string, string, string[]> BadDurations => new()
    {
        { "missing", "null", [Field] },
        { "an empty object", "{}", [$"{Field}.workingDays", $"{Field}.calendar"] },
        { "no working days", """{"calendar": "FR"}""", [$"{Field}.workingDays"] },
        { "zero working days", """{"workingDays": 0, "calendar": "FR"}""", [$"{Field}.workingDays"] },
        { "negative working days", """{"workingDays": -3, "calendar": "FR"}""", [$"{Field}.workingDays"] },
        { "more than a century", """{"workingDays": 26001, "calendar": "FR"}""", [$"{Field}.workingDays"] },
        { "no calendar", """{"workingDays": 5}""", [$"{Field}.calendar"] },
        { "an empty calendar", """{"workingDays": 5, "calendar": ""}""", [$"{Field}.calendar"] },
        { "an unknown calendar", """{"workingDays": 5, "calendar": "DE"}""", [$"{Field}.calendar"] },
        { "a calendar in lower case", """{"workingDays": 5, "calendar": "fr"}""", [$"{Field}.calendar"] },
        { "both wrong", """{"workingDays": 0, "calendar": "XX"}""", [$"{Field}.workingDays", $"{Field}.calendar"] },
        { "zero calendar time", "\"PT0S\"", [Field] },
        { "negative calendar time", "\"-P1D\"", [Field] },
        { "more than a century of calendar time", "\"P36501D\"", [Field] },
    };

    [Theory]
    [MemberData(nameof(BadDurations))]
    public void Should_name_each_bad_member_by_its_path(string because, string json, string[] fields)
    {
        var (allowed, errors) = Check(Read(json));

        Assert.Null(allowed);
        Assert.True(fields.Order(StringComparer.Ordinal).SequenceEqual(errors.Keys.Order(StringComparer.Ordinal)), because);
    }

    [Fact]
    public void Should_refuse_both_forms_at_once()
    {
        var both = new ProtocolDuration(new IsoDuration(TimeSpan.FromDays(7), "P7D"), new WorkingDaysDocument(5, "FR"));

        var (allowed, errors) = Check(both);

        Assert.Null(allowed);
        Assert.StartsWith("One form only.", Assert.Single(errors[Field]), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_name_the_known_calendars_for_an_unknown_one()
    {
        var (_, errors) = Check(Read("""{"workingDays": 5, "calendar": "DE"}"""));

        Assert.Equal(["No working-day calendar is named 'DE': one of FR, US."], errors[$"{Field}.calendar"]);
    }

    [Theory]
    [InlineData("\"P7D\"", "2026-03-01T09:30:00+02:00", "2026-03-08T09:30:00+02:00")]
    [InlineData("\"PT72H\"", "2026-03-27T12:00:00+01:00", "2026-03-30T12:00:00+01:00")] // elapsed hours, whatever Paris's clocks do
    [InlineData("""{"workingDays": 5, "calendar": "US"}""", "2027-12-29T10:00:00-05:00", "2028-01-07T00:00:00-05:00")]
    [InlineData("""{"workingDays": 3, "calendar": "FR"}""", "2026-04-02T11:00:00+02:00", "2026-04-09T00:00:00+02:00")]
    public void Should_end_calendar_time_as_before_and_working_days_on_their_calendar(string json, string start, string end)
    {
        var (allowed, errors) = Check(Read(json));

        Assert.Empty(errors);
        var ends = allowed!.EndFrom(Instant(start));
        Assert.Equal(Instant(end), ends);
        Assert.Equal(Instant(end).Offset, ends.Offset);
    }

    [Fact]
    public void Should_count_on_the_calendar_with_its_configured_closures()
    {
        var closed = WorkingDayCalendars.Standard.WithClosures("FR", [Day("2026-05-15")]);

        var (allowed, _) = Check(Read("""{"workingDays": 1, "calendar": "FR"}"""), closed);

        Assert.Equal(Instant("2026-05-19T00:00:00+02:00"), allowed!.EndFrom(Instant("2026-05-13T10:00:00+02:00")));
    }

    [Fact]
    public void Should_be_equal_for_as_many_days_on_the_same_calendar_code()
    {
        var france = JurisdictionCalendars.France;

        Assert.Equal(new WorkingDaysAllowed(5, france), new WorkingDaysAllowed(5, france.WithClosures([Day("2026-05-15")])));
        Assert.NotEqual(new WorkingDaysAllowed(5, france), new WorkingDaysAllowed(5, JurisdictionCalendars.UnitedStates));
        Assert.NotEqual<AllowedTime>(new WorkingDaysAllowed(5, france), new CalendarTimeAllowed(TimeSpan.FromDays(5)));
    }
}
