using System.Net;
using System.Text.Json.Nodes;
using Approvals.Domain.Calendars;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Protocols;

/// <summary>Review clocks and the information deadline in working days, through the admin API and onto a case's review.</summary>
public sealed class When_a_protocol_counts_working_days(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    static JsonObject Days(int workingDays, string calendar) => new() { ["workingDays"] = workingDays, ["calendar"] = calendar };

    static JsonObject InWorkingDays(JsonObject document) => document
        .Set("reviewClocks.standard", Days(5, "FR"))
        .Set("reviewClocks.expedited", Days(2, "FR"))
        .Set("informationDeadline", Days(10, "US"));

    [Fact]
    public async Task Should_publish_the_version_and_serve_it_as_posted()
    {
        using var admin = await api.AdminAsync();
        var protocolId = ProtocolsApi.NewProtocolId();
        var document = InWorkingDays(ProtocolsApi.Document(protocolId));

        using var response = await admin.PublishAsync(protocolId, document);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var read = await admin.GetAsync(response.Headers.Location);
        var served = await read.Content.ReadAsStringAsync();
        Assert.True(JsonNode.DeepEquals(document, JsonNode.Parse(served)), $"{document.ToJsonString()}\n{served}");
    }

    public static TheoryData<string, JsonNode, string> BadClocks => new()
    {
        { "reviewClocks.standard", Days(5, "DE"), "reviewClocks.standard.calendar" },
        { "reviewClocks.expedited", Days(0, "FR"), "reviewClocks.expedited.workingDays" },
        { "informationDeadline", Days(-3, "US"), "informationDeadline.workingDays" },
    };

    [Theory]
    [MemberData(nameof(BadClocks))]
    public async Task Should_answer_422_naming_the_bad_part(string path, JsonNode clock, string field)
    {
        using var admin = await api.AdminAsync();
        var protocolId = ProtocolsApi.NewProtocolId();

        using var response = await admin.PublishAsync(protocolId, ProtocolsApi.Document(protocolId).Set(path, clock));

        var problem = await response.AssertProblemNamingAsync(HttpStatusCode.UnprocessableEntity, field);
        Assert.Equal([field], problem["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task Should_answer_400_for_both_forms_at_once()
    {
        using var admin = await api.AdminAsync();
        var protocolId = ProtocolsApi.NewProtocolId();
        var both = new JsonObject { ["workingDays"] = 5, ["calendar"] = "FR", ["duration"] = "P7D" };

        using var response = await admin.PublishAsync(protocolId, ProtocolsApi.Document(protocolId).Set("reviewClocks.standard", both));

        var problem = await response.AssertProblemNamingAsync(HttpStatusCode.BadRequest, "reviewClocks.standard");
        Assert.Contains("not both", problem["errors"]!["reviewClocks.standard"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Should_put_the_review_due_when_the_fifth_french_working_day_ends()
    {
        using var admin = await api.AdminAsync();
        var protocolId = ProtocolsApi.NewProtocolId();
        await admin.PublishInForceAsync(InWorkingDays(ProtocolsApi.DocumentEffectiveNow(protocolId)));

        var open = await OpenCase.StartAsync(api, SubmissionBodies.Valid(dailyDoseMg: 100).Set("protocolId", protocolId));

        var review = await open.Reviewer.GetReviewAsync(open.ReviewId);
        var openedAt = review["openedAt"]!.GetValue<DateTimeOffset>();
        var dueAt = review["dueAt"]!.GetValue<DateTimeOffset>();
        var france = JurisdictionCalendars.France;
        Assert.Equal(france.AddWorkingDays(openedAt, 5), dueAt);
        // Midnight in Paris, five working days after the day it opened on.
        var parisDue = TimeZoneInfo.ConvertTime(dueAt, france.TimeZone);
        Assert.Equal(TimeSpan.Zero, parisDue.TimeOfDay);
        Assert.Equal(5, france.WorkingDaysBetween(france.DayOf(openedAt), DateOnly.FromDateTime(parisDue.Date.AddDays(-1))));
    }
}
