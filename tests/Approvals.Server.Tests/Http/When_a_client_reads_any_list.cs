using System.Text.Json.Nodes;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Http;

/// <summary>Every list answers one shape, <c>{items, nextCursor}</c>: no GET in the API description answers a bare array.</summary>
public sealed class When_a_client_reads_any_list(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    [Fact]
    public async Task Should_answer_items_and_a_next_cursor_from_every_get()
    {
        using var client = api.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var schemas = document["components"]!["schemas"]!;

        var answers = document["paths"]!.AsObject()
            .Where(path => path.Value!["get"]?["responses"]?["200"]?["content"]?["application/json"]?["schema"] is not null)
            .Select(path => (Path: path.Key, Schema: Resolve(path.Value!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!, schemas)))
            .ToList();

        Assert.Contains(answers, a => a.Path == "/api/v1/requests/{id}/follow-ups");
        Assert.Empty(answers.Where(a => a.Schema.Str("type") == "array").Select(a => a.Path));
        Assert.All(answers.Where(a => a.Schema["properties"]?["items"] is not null),
            a => Assert.NotNull(a.Schema["properties"]!["nextCursor"]));
    }

    static JsonNode Resolve(JsonNode schema, JsonNode schemas) =>
        schema.Str("$ref") is { } reference ? schemas[reference.Split('/')[^1]]! : schema;
}
