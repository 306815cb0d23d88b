using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;
using static Approvals.Server.Tests.Infrastructure.ApprovedCase;

namespace Approvals.Server.Tests.Http;

public sealed class When_a_prescriber_reports_a_follow_up(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    [Fact]
    public async Task Should_store_it_list_it_and_show_the_approval_s_terms()
    {
        var (open, approved) = await StartAsync(api);
        var validFrom = approved["validFrom"]!.GetValue<DateTimeOffset>();
        Assert.Equal(validFrom.AddDays(180), approved["validUntil"]!.GetValue<DateTimeOffset>());
        Assert.Equal(validFrom.AddDays(31), approved["nextFollowUpDue"]!.GetValue<DateTimeOffset>());
        Assert.False(approved["followUpOverdue"]!.GetValue<bool>());
        Assert.Null(approved["renewal"]!["status"]);
        Assert.Equal(0, approved["renewal"]!["cycle"]!.GetValue<int>());

        using var created = await open.Prescriber.PostJsonAsync(FollowUpsPath(open.RequestId), FollowUp());

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var followUp = await created.JsonAsync();
        Assert.Equal(DateTime.UtcNow.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), followUp.Str("date"));
        Assert.Equal("somnolence", followUp["adverseEvents"]![0]!.Str("term"));
        var listed = await ListAsync(open.Reviewer, open.RequestId);
        Assert.Equal(followUp.Id(), Assert.Single(listed).Id());
        await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "approved", historyEntries: 4);
        var history = (await open.Prescriber.GetRequestAsync(open.RequestId))["history"]!.AsArray();
        Assert.Equal(open.PrescriberId, history[^1]!.Str("actorId"));
        Assert.StartsWith("Follow-up reported", history[^1]!.Str("reason"));
    }

    [Fact]
    public async Task Should_accept_another_consumption_measure_instead_of_drinks_per_day()
    {
        var (open, _) = await StartAsync(api);
        var body = FollowUp();
        body.Remove("drinksPerDay");
        body["consumption"] = new JsonObject { ["measure"] = "heavy-drinking-days-per-month", ["value"] = 2 };

        using var created = await open.Prescriber.PostJsonAsync(FollowUpsPath(open.RequestId), body);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("heavy-drinking-days-per-month", (await created.JsonAsync())["consumption"]!.Str("measure"));
    }

    public static TheoryData<string, string, JsonNode?> Invalid => new()
    {
        { "date", "date", null },
        { "date", "date", DateTime.UtcNow.Date.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
        { "date", "date", "2001-01-01" },
        { "dailyDoseMg", "dailyDoseMg", null },
        { "dailyDoseMg", "dailyDoseMg", -5 },
        { "drinksPerDay", "drinksPerDay", -1 },
        { "consumption", "consumption.measure", new JsonObject { ["measure"] = "Heavy Days!", ["value"] = 1 } },
        { "consumption", "consumption.measure", new JsonObject { ["measure"] = "heavy-days\n", ["value"] = 1 } },
        { "consumption", "consumption.value", new JsonObject { ["measure"] = "audit-score", ["value"] = -1 } },
        { "adverseEvents", "adverseEvents", new JsonArray(new JsonObject { ["term"] = "rash" }) },
        { "adverseEvents", "adverseEvents", new JsonArray(new JsonObject { ["term"] = "", ["serious"] = true }) },
        { "notes", "notes", new string('x', 4001) },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task Should_refuse_invalid_fields_and_store_nothing(string member, string field, JsonNode? value)
    {
        var (open, _) = await StartAsync(api);
        var body = FollowUp();
        body[member] = value?.DeepClone();

        using var response = await open.Prescriber.PostJsonAsync(FollowUpsPath(open.RequestId), body);

        await response.AssertProblemNamingAsync(HttpStatusCode.BadRequest, field);
        Assert.Empty(await ListAsync(open.Prescriber, open.RequestId));
    }

    [Fact]
    public async Task Should_require_a_consumption_measure()
    {
        var (open, _) = await StartAsync(api);
        var body = FollowUp();
        body.Remove("drinksPerDay");

        using var response = await open.Prescriber.PostJsonAsync(FollowUpsPath(open.RequestId), body);

        await response.AssertProblemNamingAsync(HttpStatusCode.BadRequest, "drinksPerDay");
    }

    [Fact]
    public async Task Should_refuse_a_malformed_date()
    {
        var (open, _) = await StartAsync(api);
        var body = FollowUp();
        body["date"] = "2026-13-45";

        using var response = await open.Prescriber.PostJsonAsync(FollowUpsPath(open.RequestId), body);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_refuse_a_follow_up_on_a_request_not_approved()
    {
        var open = await OpenCase.StartAsync(api);
        await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "under-review");

        using var response = await open.Prescriber.PostJsonAsync(FollowUpsPath(open.RequestId), FollowUp());

        await response.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Should_hide_another_prescriber_s_request_and_refuse_other_roles()
    {
        var (open, _) = await StartAsync(api);
        using var other = await api.ClientAsync(Users.NewId("prescriber"), Roles.Prescriber);
        using var anonymous = api.CreateClient();

        using var byOther = await other.PostJsonAsync(FollowUpsPath(open.RequestId), FollowUp());
        using var listByOther = await other.GetAsync(FollowUpsPath(open.RequestId));
        using var byReviewer = await open.Reviewer.PostJsonAsync(FollowUpsPath(open.RequestId), FollowUp());
        using var byNobody = await anonymous.PostJsonAsync(FollowUpsPath(open.RequestId), FollowUp());

        await byOther.AssertProblemAsync(HttpStatusCode.NotFound);
        await listByOther.AssertProblemAsync(HttpStatusCode.NotFound);
        await byReviewer.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Unauthorized, byNobody.StatusCode);
        Assert.Empty(await ListAsync(open.Prescriber, open.RequestId));
    }

    static Task<List<JsonObject>> ListAsync(HttpClient client, Guid requestId) => client.ListAllAsync(FollowUpsPath(requestId));
}
