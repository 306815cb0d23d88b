using System.Net;
using System.Text.Json.Nodes;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Protocols;

public sealed class When_an_admin_reads_protocols(ApprovalsApiFactory api) : IClassFixture<ApprovalsApiFactory>
{
    [Fact]
    public async Task Should_list_the_shipped_versions_with_version_3_in_force()
    {
        using var admin = await api.AdminAsync();

        var baclofen = (await admin.ListProtocolsAsync()).Protocol(ProtocolsApi.Shipped);

        Assert.NotNull(baclofen);
        Assert.Equal(3, baclofen["inForceVersion"]!.GetValue<int>());
        var versions = baclofen["versions"]!.AsArray().Select(v => v!.AsObject()).ToList();
        Assert.Equal(
            [(1, "2014-03-17T00:00:00+00:00", 300m, false, "baclofen-aud.v1.json"), (3, "2017-07-24T00:00:00+00:00", 80m, true, "baclofen-aud.v3.json")],
            versions.Select(v => (v["version"]!.GetValue<int>(), v.Str("effectiveFrom"), v["maxDailyDoseMg"]!.GetValue<decimal>(),
                v["inForce"]!.GetValue<bool>(), v.Str("sourceFile"))));
        Assert.Equal("Baclofen in alcohol dependence (dose cap of July 2017)", versions[1].Str("title"));
        Assert.All(versions, v => Assert.Null(v["publishedBy"]));
    }

    [Theory]
    [InlineData(1, "baclofen-aud.v1.json")]
    [InlineData(3, "baclofen-aud.v3.json")]
    public async Task Should_serve_a_version_as_its_file_has_it(int version, string file)
    {
        using var admin = await api.AdminAsync();

        using var response = await admin.GetAsync(ProtocolsApi.VersionPath(ProtocolsApi.Shipped, version));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var served = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(ProtocolsApi.ShippedFile(file)), served), served!.ToJsonString());
    }

    [Theory]
    [InlineData(ProtocolsApi.Shipped, 2)]
    [InlineData(ProtocolsApi.Shipped, 0)]
    [InlineData("BACLOFEN-AUD", 1)]
    [InlineData("thalidomide-xyz", 1)]
    public async Task Should_answer_404_for_a_version_never_published(string protocolId, int version)
    {
        using var admin = await api.AdminAsync();

        using var response = await admin.GetAsync(ProtocolsApi.VersionPath(protocolId, version));

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
