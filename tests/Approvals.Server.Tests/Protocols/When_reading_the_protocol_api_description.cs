using System.Text.Json.Nodes;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Protocols;

public sealed class When_reading_the_protocol_api_description(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    [Theory]
    [InlineData("/api/v1/protocols", "get", "version in force now")]
    [InlineData("/api/v1/protocols/{id}/versions/{version}", "get", "the whole document as published")]
    [InlineData("/api/v1/protocols/{id}/versions", "post", "Publish a new version")]
    [InlineData("/api/v1/protocols/in-force", "get", "in force now, with its indications")]
    public async Task Should_summarise_each_endpoint(string path, string method, string summary)
    {
        using var client = api.CreateClient();

        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;

        Assert.Contains(summary, document["paths"]![path]![method]!.Str("summary"));
    }

    [Fact]
    public async Task Should_describe_durations_and_instants_as_strings()
    {
        using var client = api.CreateClient();

        var schemas = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!["components"]!["schemas"]!;

        Assert.Equal("string", schemas["IsoDuration"]!.Str("type"));
        Assert.Contains("ISO 8601", schemas["IsoDuration"]!.Str("description"));
        Assert.Contains("offset", schemas["ProtocolDocument"]!["properties"]!["effectiveFrom"]!.Str("description"));
        Assert.Equal("string", schemas["ProtocolDocument"]!["properties"]!["renewalReminders"]!["items"]!.Str("type"));
    }
}
