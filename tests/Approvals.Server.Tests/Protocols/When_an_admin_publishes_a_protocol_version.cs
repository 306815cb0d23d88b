using System.Net;
using System.Text.Json.Nodes;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Protocols;

public sealed class When_an_admin_publishes_a_protocol_version(ApprovalsApiFactory api) : IClassFixture<ApprovalsApiFactory>
{
    [Fact]
    public async Task Should_store_it_announce_it_and_serve_it_as_posted()
    {
        var adminId = Users.NewId("admin");
        using var admin = await api.ClientAsync(adminId, Roles.Admin);
        var protocolId = ProtocolsApi.NewProtocolId();
        // Spelled unlike the shipped files, to show the document comes back as written.
        var document = ProtocolsApi.Document(protocolId);
        document["reviewClocks"]!["expedited"] = "PT4320M";

        using var response = await admin.PublishAsync(protocolId, document);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(ProtocolsApi.VersionPath(protocolId, 1), response.Headers.Location?.OriginalString);
        var created = await response.Content.ReadAsStringAsync();
        Assert.True(JsonNode.DeepEquals(document, JsonNode.Parse(created)), $"{document.ToJsonString()}\n{created}");
        using var read = await admin.GetAsync(response.Headers.Location);
        Assert.True(JsonNode.DeepEquals(document, JsonNode.Parse(await read.Content.ReadAsStringAsync())));

        var listed = (await admin.ListProtocolsAsync()).Protocol(protocolId)!;
        Assert.Null(listed["inForceVersion"]);
        var version = Assert.Single(listed["versions"]!.AsArray())!;
        Assert.Equal((1, false, adminId, null), (version["version"]!.GetValue<int>(), version["inForce"]!.GetValue<bool>(), version.Str("publishedBy"), version.Str("sourceFile")));

        var announced = Assert.Single((await api.ProtocolStateAsync()).AnnouncementsOf(protocolId, 1));
        Assert.Equal(adminId, announced.Str("publishedBy"));
        Assert.Equal(300m, announced["protocol"]!["maxDailyDoseMg"]!.GetValue<decimal>());
        Assert.Equal("3.00:00:00", announced["protocol"]!["reviewClocks"]!.Str("expedited"));
        Assert.Equal("Collegial", announced["protocol"]!["doseTiers"]![2]!.Str("review"));
    }

    [Fact]
    public async Task Should_refuse_the_same_version_again_and_change_nothing()
    {
        using var admin = await api.AdminAsync();
        var protocolId = ProtocolsApi.NewProtocolId();
        var document = ProtocolsApi.Document(protocolId);
        await admin.PublishValidAsync(document);
        var before = await api.ProtocolStateAsync();

        using var again = await admin.PublishAsync(protocolId, document);
        var changed = ProtocolsApi.Document(protocolId, effectiveFrom: DateTimeOffset.UtcNow.AddDays(3));
        changed["maxDailyDoseMg"] = 120;
        changed["doseTiers"] = new JsonArray(new JsonObject { ["upToMg"] = 120, ["review"] = "single" });
        using var rewrite = await admin.PublishAsync(protocolId, changed);
        using var invalidRewrite = await admin.PublishAsync(protocolId, ProtocolsApi.Document(protocolId).Set("maxDailyDoseMg", -1));

        var problem = await again.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("publish version 2", problem.Str("detail"));
        await rewrite.AssertProblemAsync(HttpStatusCode.Conflict);
        await invalidRewrite.AssertProblemAsync(HttpStatusCode.Conflict);
        (await api.ProtocolStateAsync()).AssertSameAs(before);
    }

    [Fact]
    public async Task Should_let_submissions_use_a_version_as_soon_as_it_takes_effect()
    {
        using var admin = await api.AdminAsync();
        using var prescriber = await api.ClientAsync(Users.NewId("prescriber"), Roles.Prescriber);
        var protocolId = ProtocolsApi.NewProtocolId();
        var effective = DateTimeOffset.UtcNow.AddSeconds(2);
        await admin.PublishValidAsync(ProtocolsApi.Document(protocolId, 1, effective));
        await admin.PublishValidAsync(ProtocolsApi.Document(protocolId, 2, effective.AddSeconds(1)));
        var body = SubmissionBodies.With("protocolId", protocolId);

        using var early = await prescriber.SubmitAsync(body, Users.NewIdempotencyKey());
        await admin.WaitUntilInForceAsync(protocolId, 2);
        var requestId = await prescriber.SubmitValidAsync(body);

        var problem = await early.AssertProblemNamingAsync(HttpStatusCode.UnprocessableEntity, "protocolId");
        Assert.Contains("in force yet", problem["errors"]!["protocolId"]![0]!.GetValue<string>());
        var request = await prescriber.GetRequestAsync(requestId);
        Assert.Equal((protocolId, 2), (request.Str("protocolId"), request["protocolVersion"]!.GetValue<int>()));
        Assert.Equal(2, (await admin.ListProtocolsAsync()).Protocol(protocolId)!["inForceVersion"]!.GetValue<int>());
    }

    [Fact]
    public async Task Should_publish_a_later_version_of_a_shipped_protocol_without_changing_the_one_in_force()
    {
        using var admin = await api.AdminAsync();
        var next = ProtocolsApi.Document(ProtocolsApi.Shipped, 4, DateTimeOffset.UtcNow.AddDays(30));
        next["maxDailyDoseMg"] = 60;
        next["doseTiers"] = new JsonArray(new JsonObject { ["upToMg"] = 60, ["review"] = "single" });

        await admin.PublishValidAsync(next);

        var baclofen = (await admin.ListProtocolsAsync()).Protocol(ProtocolsApi.Shipped)!;
        Assert.Equal(3, baclofen["inForceVersion"]!.GetValue<int>());
        Assert.Equal([1, 3, 4], baclofen["versions"]!.AsArray().Select(v => v!["version"]!.GetValue<int>()));
        Assert.Single((await api.ProtocolStateAsync()).AnnouncementsOf(ProtocolsApi.Shipped, 4));
    }
}
