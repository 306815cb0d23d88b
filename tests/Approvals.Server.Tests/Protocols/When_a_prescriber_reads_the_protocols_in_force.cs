using System.Net;
using System.Text.Json.Nodes;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Protocols;

public sealed class When_a_prescriber_reads_the_protocols_in_force(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    [Fact]
    public async Task Should_list_the_version_in_force_with_its_tiers_cap_and_follow_up_interval()
    {
        var shipped = (await InForceAsync()).Single(p => p.Str("protocolId") == ProtocolsApi.Shipped);

        Assert.Equal(3, shipped["version"]!.GetValue<int>());
        Assert.Equal("Baclofen in alcohol dependence (dose cap of July 2017)", shipped.Str("title"));
        Assert.Equal(80m, shipped["maxDailyDoseMg"]!.GetValue<decimal>());
        Assert.Equal("P31D", shipped.Str("followUpInterval"));
        Assert.Equal(["alcohol-dependence"], shipped["indications"]!.AsArray().Select(i => i!.GetValue<string>()));
        var tier = Assert.Single(shipped["doseTiers"]!.AsArray())!.AsObject();
        Assert.Equal(80m, tier["upToMg"]!.GetValue<decimal>());
        Assert.Equal("single", tier.Str("review"));
        Assert.Null(tier["specialists"]);
    }

    [Fact]
    public async Task Should_name_a_collegial_tiers_specialists_and_leave_out_a_version_not_yet_in_force()
    {
        using var admin = await api.AdminAsync();
        var inForceNow = ProtocolsApi.NewProtocolId();
        await admin.PublishValidAsync(ProtocolsApi.DocumentEffectiveNow(inForceNow));
        var later = ProtocolsApi.NewProtocolId();
        await admin.PublishValidAsync(ProtocolsApi.Document(later, effectiveFrom: DateTimeOffset.UtcNow.AddDays(1)));
        await admin.WaitUntilInForceAsync(inForceNow, 1);

        var listed = await InForceAsync();

        Assert.DoesNotContain(listed, p => p.Str("protocolId") == later);
        var tiers = listed.Single(p => p.Str("protocolId") == inForceNow)["doseTiers"]!.AsArray().Select(t => t!.AsObject()).ToList();
        var collegial = tiers.Single(t => t.Str("review") == "collegial");
        Assert.Equal(2, collegial["specialists"]!.GetValue<int>());
        Assert.All(tiers.Where(t => t.Str("review") != "collegial"), t => Assert.Null(t["specialists"]));
    }

    async Task<List<JsonObject>> InForceAsync()
    {
        using var prescriber = await api.ClientAsync(Users.NewId("prescriber"), Roles.Prescriber);
        using var response = await prescriber.GetAsync(ProtocolsApi.Path + "/in-force");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.JsonAsync();
        Assert.True(page.ContainsKey("nextCursor") && page["nextCursor"] is null, page.ToJsonString());
        return [.. page["items"]!.AsArray().Select(p => p!.AsObject())];
    }
}
