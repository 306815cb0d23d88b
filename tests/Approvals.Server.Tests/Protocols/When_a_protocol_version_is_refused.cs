using System.Net;
using System.Text.Json.Nodes;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Protocols;

/// <summary>Bad input of every kind: each gets an RFC 9457 problem naming what is wrong, and nothing is stored or announced.</summary>
public sealed class When_a_protocol_version_is_refused(ApprovalsApiFactory api) : IClassFixture<ApprovalsApiFactory>
{
    static JsonArray Tiers(params JsonObject[] tiers) => new(tiers);

    static JsonObject Tier(decimal upToMg, string review, int? specialists = null)
    {
        var tier = new JsonObject { ["upToMg"] = upToMg, ["review"] = review };
        if (specialists is { } count)
            tier["specialists"] = count;
        return tier;
    }

    async Task<JsonObject> RefusedAsync(Func<HttpClient, Task<HttpResponseMessage>> call, HttpStatusCode status)
    {
        using var admin = await api.AdminAsync();
        var before = await api.ProtocolStateAsync();

        using var response = await call(admin);

        var problem = await response.AssertProblemAsync(status);
        (await api.ProtocolStateAsync()).AssertSameAs(before);
        return problem;
    }

    public static TheoryData<string, string[]> InvalidVersions => new()
    {
        { "tiers out of order", ["doseTiers[1].upToMg"] },
        { "a cap above the last tier", ["maxDailyDoseMg"] },
        { "a cap inside the tiers", ["maxDailyDoseMg", "doseTiers[2]"] },
        { "negative durations", ["approvalValidity", "reviewClocks.standard", "taper.stepInterval", "renewalReminders[1]"] },
        { "a maximum validity below the validity", ["maxApprovalValidity"] },
        { "collegial without specialists", ["doseTiers[2].specialists"] },
        { "taper minimum above maximum", ["taper.minStepMg"] },
        { "version 0", ["version"] },
        { "missing members", ["title", "indications", "informationDeadline", "taper", "doseTiers[0].review"] },
        { "everything at once", ["doseTiers[1].upToMg", "maxApprovalValidity", "taper.minStepMg", "version", "title"] },
        { "effective in the past", ["effectiveFrom"] },
    };

    static JsonObject Spoil(string problem, string protocolId)
    {
        var document = ProtocolsApi.Document(protocolId);
        return problem switch
        {
            "tiers out of order" => document.Set("doseTiers", Tiers(Tier(180, "single"), Tier(120, "single-expert-recommended"), Tier(300, "collegial", 2))),
            "a cap above the last tier" => document.Set("maxDailyDoseMg", 400),
            "a cap inside the tiers" => document.Set("maxDailyDoseMg", 150),
            "negative durations" => document.Set("approvalValidity", "-P1D").Set("reviewClocks.standard", "-PT1H")
                .Set("taper.stepInterval", "PT0S").Set("renewalReminders", new JsonArray("P30D", "-P7D")),
            "a maximum validity below the validity" => document.Set("maxApprovalValidity", "P90D"),
            "collegial without specialists" => document.Without("doseTiers[2].specialists"),
            "taper minimum above maximum" => document.Set("taper.minStepMg", 20),
            "version 0" => document.Set("version", 0),
            "missing members" => document.Without("title").Without("indications").Without("informationDeadline").Without("taper")
                .Without("doseTiers[0].review"),
            "everything at once" => document.Set("doseTiers[1].upToMg", 100).Set("maxApprovalValidity", "P1D").Set("taper.minStepMg", 16)
                .Set("version", -1).Set("title", " "),
            "effective in the past" => document.Set("effectiveFrom", "2020-01-01T00:00:00Z"),
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
        };
    }

    [Theory]
    [MemberData(nameof(InvalidVersions))]
    public async Task Should_answer_422_naming_every_problem(string problem, string[] fields)
    {
        var protocolId = ProtocolsApi.NewProtocolId();

        var answer = await RefusedAsync(admin => admin.PublishAsync(protocolId, Spoil(problem, protocolId)), HttpStatusCode.UnprocessableEntity);

        Assert.Equal(fields.Order(StringComparer.Ordinal), answer["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.All(answer["errors"]!.AsObject(), e => Assert.NotEmpty(e.Value!.AsArray()));
    }

    [Fact]
    public async Task Should_answer_422_when_the_path_names_another_protocol()
    {
        var answer = await RefusedAsync(admin => admin.PublishAsync(ProtocolsApi.NewProtocolId(), ProtocolsApi.Document(ProtocolsApi.NewProtocolId())),
            HttpStatusCode.UnprocessableEntity);

        Assert.Equal(["protocolId"], answer["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task Should_answer_422_for_a_version_below_the_latest()
    {
        // Version 2 of the shipped protocol was never published, but 3 was.
        var answer = await RefusedAsync(admin => admin.PublishAsync(ProtocolsApi.Shipped, ProtocolsApi.Document(ProtocolsApi.Shipped, 2)),
            HttpStatusCode.UnprocessableEntity);

        Assert.Equal(["version"], answer["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task Should_answer_409_for_a_shipped_version()
    {
        var answer = await RefusedAsync(admin => admin.PostRawAsync(ProtocolsApi.VersionsPath(ProtocolsApi.Shipped),
            ProtocolsApi.ShippedFile("baclofen-aud.v3.json"), "application/json"), HttpStatusCode.Conflict);

        Assert.Contains("publish version 4", answer.Str("detail"));
    }

    public static TheoryData<string, JsonNode?, string> MalformedValues => new()
    {
        { "approvalValidity", "P6M", "ISO 8601 duration" },
        { "maxApprovalValidity", "P1Y", "ISO 8601 duration" },
        { "followUpInterval", "31 days", "ISO 8601 duration" },
        { "reviewClocks.expedited", "3.00:00:00", "ISO 8601 duration" },
        { "taper.stepInterval", 2, "ISO 8601 duration" },
        { "renewalReminders[0]", null, "ISO 8601 duration" },
        { "effectiveFrom", "2030-01-01T00:00:00", "with its offset" },
        { "maxDailyDoseMg", "300", "Wrong type" },
        { "version", 1.5, "Wrong type" },
        { "doseTiers[0].review", "double", "Wrong type" },
        { "indications", "alcohol-dependence", "Wrong type" },
    };

    [Theory]
    [MemberData(nameof(MalformedValues))]
    public async Task Should_answer_400_for_a_malformed_value(string path, JsonNode? value, string expected)
    {
        var protocolId = ProtocolsApi.NewProtocolId();

        var answer = await RefusedAsync(admin => admin.PublishAsync(protocolId, ProtocolsApi.Document(protocolId).Set(path, value)),
            HttpStatusCode.BadRequest);

        var errors = answer["errors"]!.AsObject();
        Assert.Equal([path], errors.Select(e => e.Key));
        Assert.Contains(expected, errors[path]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Should_answer_400_for_an_unknown_member()
    {
        var protocolId = ProtocolsApi.NewProtocolId();

        var answer = await RefusedAsync(admin => admin.PublishAsync(protocolId, ProtocolsApi.Document(protocolId).Set("maxDoseMg", 300)),
            HttpStatusCode.BadRequest);

        Assert.Equal(["maxDoseMg"], answer["errors"]!.AsObject().Select(e => e.Key));
    }

    [Theory]
    [InlineData("""{"protocolId": "drill-x", "version": 1,""", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("null", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("[]", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("protocolId=drill-x", "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType)]
    public async Task Should_refuse_a_body_that_is_not_a_document(string body, string mediaType, HttpStatusCode status) =>
        await RefusedAsync(admin => admin.PostRawAsync(ProtocolsApi.VersionsPath("drill-x"), body, mediaType), status);

    [Fact]
    public async Task Should_answer_413_for_a_body_over_the_limit()
    {
        var protocolId = ProtocolsApi.NewProtocolId();
        var huge = ProtocolsApi.Document(protocolId).Set("title", new string('t', 70_000));

        await RefusedAsync(admin => admin.PublishAsync(protocolId, huge), HttpStatusCode.RequestEntityTooLarge);
    }
}
