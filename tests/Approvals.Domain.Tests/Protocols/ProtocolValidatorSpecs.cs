using System.Text.Json.Nodes;
using Approvals.Domain.Protocols;
using static Approvals.Domain.Tests.Protocols.ProtocolDocuments;

namespace Approvals.Domain.Tests.Protocols;

public sealed class ProtocolValidatorSpecs
{
    static JsonArray Tiers(params JsonObject[] tiers) => new(tiers);

    static JsonObject Tier(decimal upToMg, string review, int? specialists = null)
    {
        var tier = new JsonObject { ["upToMg"] = upToMg, ["review"] = review };
        if (specialists is { } count)
            tier["specialists"] = count;
        return tier;
    }

    [Fact]
    public void Both_shipped_versions_are_valid()
    {
        Assert.True(Validate(JsonNode.Parse(Shipped(V1File))!).IsValid);
        Assert.True(Validate(JsonNode.Parse(Shipped(V3File))!).IsValid);
    }

    public static TheoryData<string, JsonObject, string[]> BadVersions => new()
    {
        { "tiers out of order", With("doseTiers", Tiers(Tier(180, "single"), Tier(120, "single-expert-recommended"), Tier(300, "collegial", 2))), ["doseTiers[1].upToMg"] },
        { "tiers overlapping", With("doseTiers", Tiers(Tier(120, "single"), Tier(120, "single-expert-recommended"), Tier(300, "collegial", 2))), ["doseTiers[1].upToMg"] },
        { "a cap above the last tier", With("maxDailyDoseMg", 350), ["maxDailyDoseMg"] },
        { "a cap that ends inside a tier", With("maxDailyDoseMg", 150), ["maxDailyDoseMg", "doseTiers[2]"] },
        { "no tier", With("doseTiers", Tiers()), ["doseTiers"] },
        { "a tier that is null", With("doseTiers[1]", null), ["doseTiers[1]"] },
        { "a tier without review", Without("doseTiers[0].review"), ["doseTiers[0].review"] },
        { "a tier without bound", Without("doseTiers[0].upToMg"), ["doseTiers[0].upToMg"] },
        { "a tier bound of zero", With("doseTiers[0].upToMg", 0), ["doseTiers[0].upToMg"] },
        { "collegial without specialists", Without("doseTiers[2].specialists"), ["doseTiers[2].specialists"] },
        { "collegial with one specialist", With("doseTiers[2].specialists", 1), ["doseTiers[2].specialists"] },
        { "specialists on a single review", With("doseTiers[0].specialists", 2), ["doseTiers[0].specialists"] },
        { "a negative cap", With("maxDailyDoseMg", -300), ["maxDailyDoseMg"] },
        { "an implausible cap", With("maxDailyDoseMg", 10_000.01m), ["maxDailyDoseMg"] },
        { "a bound with three decimals", With("doseTiers[0].upToMg", 120.125m), ["doseTiers[0].upToMg"] },
        { "a taper step with three decimals", With("taper.maxStepMg", 12.505m), ["taper.maxStepMg"] },
        { "version 0", With("version", 0), ["version"] },
        { "a negative version", With("version", -3), ["version"] },
        { "an id with capitals and spaces", With("protocolId", "Baclofen AUD"), ["protocolId"] },
        { "an id with an underscore", With("protocolId", "baclofen_aud"), ["protocolId"] },
        { "an id starting with a dash", With("protocolId", "-baclofen"), ["protocolId"] },
        { "an id ending in a line break", With("protocolId", "baclofen-aud\n"), ["protocolId"] },
        { "an empty id", With("protocolId", ""), ["protocolId"] },
        { "an id too long", With("protocolId", new string('a', 65)), ["protocolId"] },
        { "a blank title", With("title", "  "), ["title"] },
        { "a title too long", With("title", new string('t', 201)), ["title"] },
        { "no indication", With("indications", new JsonArray()), ["indications"] },
        { "a blank indication", With("indications", new JsonArray("alcohol-dependence", " ")), ["indications[1]"] },
        { "an indication twice", With("indications", new JsonArray("alcohol-dependence", "alcohol-dependence")), ["indications"] },
        { "a negative validity", With("approvalValidity", "-P1D"), ["approvalValidity"] },
        { "a zero validity", With("approvalValidity", "PT0S"), ["approvalValidity"] },
        { "a maximum validity below the validity", With("maxApprovalValidity", "P90D"), ["maxApprovalValidity"] },
        { "a zero follow-up interval", With("followUpInterval", "P0D"), ["followUpInterval"] },
        { "a negative reminder", With("renewalReminders", new JsonArray("P30D", "-P7D")), ["renewalReminders[1]"] },
        { "a reminder as long as the validity", With("renewalReminders", new JsonArray("P180D")), ["renewalReminders[0]"] },
        { "a reminder twice", With("renewalReminders", new JsonArray("P7D", "PT168H")), ["renewalReminders"] },
        { "a negative standard clock", With("reviewClocks.standard", "-PT1H"), ["reviewClocks.standard"] },
        { "a zero expedited clock", With("reviewClocks.expedited", "PT0S"), ["reviewClocks.expedited"] },
        { "an expedited clock longer than the standard one", With("reviewClocks.expedited", "P8D"), ["reviewClocks.expedited"] },
        { "a negative information deadline", With("informationDeadline", "-PT30S"), ["informationDeadline"] },
        // Deadlines are instants computed from the clocks: one near TimeSpan.MaxValue would run past the calendar.
        { "a standard clock of 29,000 years", With("reviewClocks.standard", "P10675199D"), ["reviewClocks.standard"] },
        { "a validity over a century", With("maxApprovalValidity", "P36501D"), ["maxApprovalValidity"] },
        { "a step interval of 29,000 years", With("taper.stepInterval", "P10675199D"), ["taper.stepInterval"] },
        { "taper minimum above maximum", With("taper.minStepMg", 20), ["taper.minStepMg"] },
        { "a zero taper step", With("taper.minStepMg", 0), ["taper.minStepMg"] },
        { "a negative taper step", With("taper.maxStepMg", -5), ["taper.maxStepMg"] },
        { "a zero step interval", With("taper.stepInterval", "PT0S"), ["taper.stepInterval"] },
        { "no review clocks", Without("reviewClocks"), ["reviewClocks"] },
        { "no taper", Without("taper"), ["taper"] },
    };

    [Theory]
    [MemberData(nameof(BadVersions))]
    public void A_bad_version_is_refused_with_its_problem_named(string problem, JsonObject document, string[] fields)
    {
        var validation = Validate(document);

        Assert.False(validation.IsValid, problem);
        Assert.Null(validation.Version);
        Assert.Equal(fields.Order(StringComparer.Ordinal), validation.Errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
    }

    public static TheoryData<string> Members =>
    [
        "protocolId", "version", "effectiveFrom", "title", "indications", "maxDailyDoseMg", "doseTiers", "approvalValidity",
        "maxApprovalValidity", "followUpInterval", "renewalReminders", "reviewClocks", "informationDeadline", "taper",
        "reviewClocks.standard", "reviewClocks.expedited", "taper.minStepMg", "taper.maxStepMg", "taper.stepInterval",
    ];

    [Theory]
    [MemberData(nameof(Members))]
    public void A_missing_member_is_named(string member)
    {
        var validation = Validate(Without(member));

        Assert.True(validation.Errors.Has(member), string.Join(", ", validation.Errors.ToDictionary().Keys));
    }

    [Fact]
    public void Every_problem_of_a_document_is_named_at_once()
    {
        var document = Valid()
            .Set("protocolId", "Bad Id").Set("version", 0).Set("maxDailyDoseMg", 400)
            .Set("doseTiers", Tiers(Tier(180, "single"), Tier(120, "collegial"), Tier(300, "single", 3)))
            .Set("approvalValidity", "-P1D").Set("maxApprovalValidity", "P0D").Set("taper.minStepMg", 30);
        document.Remove("title");

        var errors = Validate(document).Errors.ToDictionary();

        Assert.Equal(
            ["approvalValidity", "doseTiers[1].specialists", "doseTiers[1].upToMg", "doseTiers[2].specialists", "maxApprovalValidity",
             "maxDailyDoseMg", "protocolId", "taper.minStepMg", "title", "version"],
            errors.Keys.Order(StringComparer.Ordinal));
        Assert.All(errors.Values, messages => Assert.All(messages, m => Assert.False(string.IsNullOrWhiteSpace(m))));
    }

    [Fact]
    public void Renewal_reminders_may_be_none()
    {
        var validation = Validate(With("renewalReminders", new JsonArray()));

        Assert.True(validation.IsValid);
        Assert.Empty(validation.Version!.RenewalReminders);
    }

    [Fact]
    public void Seconds_long_clocks_make_a_drill_protocol()
    {
        var version = Version(Valid()
            .Set("approvalValidity", "PT10M").Set("maxApprovalValidity", "PT20M").Set("followUpInterval", "PT2M")
            .Set("renewalReminders", new JsonArray("PT1M", "PT30S"))
            .Set("reviewClocks.standard", "PT30S").Set("reviewClocks.expedited", "PT10S").Set("informationDeadline", "PT45S")
            .ToJsonString());

        Assert.Equal(
            (TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(45)),
            (version.ApprovalValidity, version.MaxApprovalValidity, version.FollowUpInterval, Length(version.ReviewClocks.Standard),
             Length(version.ReviewClocks.Expedited), Length(version.InformationDeadline)));
        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(30)], version.RenewalReminders);
    }

    [Fact]
    public void A_version_equals_another_read_from_differently_spelled_text()
    {
        var respelled = Valid().Set("reviewClocks.expedited", "P3D").Set("maxDailyDoseMg", 300.0).ToJsonString();

        Assert.Equal(V1, Version(respelled));
        Assert.NotEqual(V1, Version(Valid().Set("title", "Another title").ToJsonString()));
        Assert.NotEqual(V1, Version(Valid().Set("renewalReminders", new JsonArray("P30D")).ToJsonString()));
        Assert.NotEqual(V1, Version(Valid().Set("doseTiers[2].specialists", 3).ToJsonString()));
    }

    static TimeSpan Length(AllowedTime allowed) => Assert.IsType<CalendarTimeAllowed>(allowed).Length;
}
