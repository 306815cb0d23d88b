using System.Text.Json.Nodes;
using Approvals.Intake.Protocols;
using Approvals.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Approvals.Server.Tests.Protocols;

/// <summary>Start-up stores the protocol files' versions that are missing, and refuses files that would rewrite a stored one.</summary>
public sealed class When_the_server_loads_protocol_files
{
    static WebApplicationFactory<Program> Restarted(ApprovalsApiFactory api, ProtocolDirectory directory) =>
        api.WithWebHostBuilder(b => b.UseSetting("Protocols:Path", directory.Path));

    static string V3With(string path, JsonNode value) =>
        JsonNode.Parse(ProtocolsApi.ShippedFile("baclofen-aud.v3.json"))!.AsObject().Set(path, value).ToJsonString();

    [Fact]
    public async Task Should_store_the_shipped_versions_before_the_server_listens()
    {
        await using var api = new ApprovalsApiFactory();
        using var admin = await api.AdminAsync();

        var hosted = api.Services.GetServices<IHostedService>().Select(s => s.GetType().Name).ToList();

        Assert.True(hosted.IndexOf(nameof(ProtocolFileSeeder)) is >= 0 and var seeder && seeder < hosted.IndexOf("GenericWebHostService"),
            string.Join(", ", hosted));
        var announced = await api.ProtocolStateAsync();
        Assert.Equal([null, null], announced.Announcements.Select(a => a.Str("publishedBy")));
        Assert.Equal(2, announced.Versions.Count);
    }

    [Fact]
    public async Task Should_add_a_new_file_once_and_accept_a_respelled_one()
    {
        await using var api = new ApprovalsApiFactory();
        using var first = await api.AdminAsync();
        var next = ProtocolsApi.Document(ProtocolsApi.Shipped, 4, DateTimeOffset.UtcNow.AddDays(30)).ToJsonString();
        // Same rules as the stored version 3, written another way: not a change.
        var respelled = V3With("reviewClocks.expedited", "P3D");
        using var directory = ProtocolDirectory.WithShipped(new Dictionary<string, string>
        {
            ["baclofen-aud.v3.json"] = respelled,
            ["baclofen-aud.v4.json"] = next,
        });

        foreach (var _ in new[] { 1, 2 })
        {
            await using var restarted = Restarted(api, directory);
            using var client = restarted.CreateClient();
        }

        var state = await api.ProtocolStateAsync();
        Assert.Single(state.AnnouncementsOf(ProtocolsApi.Shipped, 4));
        Assert.Single(state.AnnouncementsOf(ProtocolsApi.Shipped, 3));
        var versions = (await first.ListProtocolsAsync()).Protocol(ProtocolsApi.Shipped)!["versions"]!.AsArray();
        Assert.Equal("baclofen-aud.v4.json", versions[2]!.Str("sourceFile"));
        // The stored text of version 3 is the one first published.
        Assert.Contains("PT72H", state.Versions[1]);
    }

    [Fact]
    public async Task Should_refuse_to_start_when_a_file_differs_from_the_stored_version()
    {
        await using var api = new ApprovalsApiFactory();
        using var admin = await api.AdminAsync();
        var before = await api.ProtocolStateAsync();
        using var directory = ProtocolDirectory.WithShipped(new Dictionary<string, string>
        {
            ["baclofen-aud.v3.json"] = V3With("taper.maxStepMg", 20),
        });

        await using var restarted = Restarted(api, directory);
        var thrown = Assert.Throws<InvalidOperationException>(() => restarted.CreateClient());

        Assert.Contains(directory.FileOf("baclofen-aud.v3.json"), thrown.Message);
        Assert.Contains("baclofen-aud version 3", thrown.Message);
        (await api.ProtocolStateAsync()).AssertSameAs(before);
    }

    [Fact]
    public async Task Should_refuse_to_start_naming_every_problem_of_every_bad_file()
    {
        using var directory = new ProtocolDirectory(new Dictionary<string, string>
        {
            ["broken.json"] = """{ "protocolId": "broken", """,
            ["bad-duration.json"] = V3With("followUpInterval", "P1M"),
            ["invalid.json"] = V3With("maxDailyDoseMg", 90).Replace("\"P7D\"", "\"-P7D\"", StringComparison.Ordinal),
        });
        await using var api = new ApprovalsApiFactory();
        await using var started = Restarted(api, directory);

        var thrown = Assert.Throws<InvalidOperationException>(() => started.CreateClient());

        Assert.Contains($"{directory.FileOf("broken.json")}: not a protocol document", thrown.Message);
        Assert.Contains($"{directory.FileOf("bad-duration.json")}: not a protocol document", thrown.Message);
        Assert.Contains("ISO 8601 duration", thrown.Message);
        Assert.Contains($"{directory.FileOf("invalid.json")}: maxDailyDoseMg:", thrown.Message);
        Assert.Contains($"{directory.FileOf("invalid.json")}: reviewClocks.standard:", thrown.Message);
        Assert.Contains($"{directory.FileOf("invalid.json")}: renewalReminders[1]:", thrown.Message);
    }

    [Fact]
    public async Task Should_refuse_to_start_on_two_files_of_one_version()
    {
        using var directory = ProtocolDirectory.WithShipped(new Dictionary<string, string>
        {
            ["copy-of-v3.json"] = ProtocolsApi.ShippedFile("baclofen-aud.v3.json"),
        });
        await using var api = new ApprovalsApiFactory();
        await using var started = Restarted(api, directory);

        var thrown = Assert.Throws<InvalidOperationException>(() => started.CreateClient());

        Assert.Contains("is already in", thrown.Message);
        Assert.Contains("copy-of-v3.json", thrown.Message);
    }
}
