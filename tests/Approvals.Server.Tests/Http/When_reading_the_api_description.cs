using System.Text.Json.Nodes;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Http;

/// <summary>
/// The OpenAPI document names every operation and documents every refusal an endpoint can give, each as an RFC 9457
/// problem: 401 and 403 wherever a token is needed, 404 wherever the route names a resource, 400, 413 and 415 wherever
/// a body is read, 429 on every write. (build/api-lint.sh lints it; the Prism contract test checks it against traffic.)
/// </summary>
public sealed class When_reading_the_api_description(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    [Fact]
    public async Task Should_name_every_operation_once()
    {
        var operations = await OperationsAsync();

        var ids = operations.Select(o => o.Operation.Str("operationId")).ToList();
        Assert.DoesNotContain(null, ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(operations, o => Assert.False(string.IsNullOrWhiteSpace(o.Operation.Str("summary")), $"{o.Method} {o.Path} has no summary"));
    }

    [Fact]
    public async Task Should_document_each_refusal_as_a_problem()
    {
        foreach (var (path, method, operation) in await OperationsAsync())
        {
            var expected = new List<string>();
            var needsToken = operation["security"]!.AsArray().Count > 0;
            if (needsToken)
                expected.AddRange(["401", "403"]);
            if (path.Contains('{', StringComparison.Ordinal))
                expected.Add("404");
            if (operation["requestBody"] is not null)
                expected.AddRange(["400", "413", "415"]);
            if (method == "post")
                expected.Add("429");

            var responses = operation["responses"]!.AsObject();
            foreach (var status in expected)
            {
                Assert.True(responses[status]?["content"]?["application/problem+json"] is not null,
                    $"{method} {path} does not document {status} as application/problem+json");
            }
        }
    }

    [Theory]
    [InlineData("/api/v1/requests", "post", "422")]
    [InlineData("/api/v1/requests/{id}/information", "post", "409")]
    [InlineData("/api/v1/requests/{id}/withdrawal", "post", "409")]
    [InlineData("/api/v1/requests/{id}/follow-ups", "post", "409")]
    [InlineData("/api/v1/requests/{id}/renewals", "post", "409")]
    [InlineData("/api/v1/requests/{id}/renewals", "post", "422")]
    [InlineData("/api/v1/requests/{id}/suspension", "post", "409")]
    [InlineData("/api/v1/reviews/{id}/decision", "post", "409")]
    [InlineData("/api/v1/reviews/{id}/decision", "post", "422")]
    [InlineData("/api/v1/reviews/{id}/opinions", "post", "409")]
    [InlineData("/api/v1/protocols/{id}/versions", "post", "409")]
    [InlineData("/api/v1/protocols/{id}/versions", "post", "422")]
    public async Task Should_document_the_refusals_an_endpoint_gives_itself(string path, string method, string status)
    {
        var document = await DocumentAsync();

        Assert.NotNull(document["paths"]![path]![method]!["responses"]![status]?["content"]?["application/problem+json"]);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Should_describe_the_health_probes_as_anonymous(string path)
    {
        var probe = (await DocumentAsync())["paths"]![path]?["get"];

        Assert.NotNull(probe);
        Assert.Empty(probe["security"]!.AsArray());
        Assert.NotNull(probe["responses"]!["503"]);
    }

    [Theory]
    [InlineData("SubmitRequest", "protocolId", true)]
    [InlineData("SubmitRequest", "priorTreatments", false)]
    [InlineData("DecisionRequest", "outcome", true)]
    [InlineData("DecisionRequest", "approvedDailyDoseMg", false)]
    [InlineData("DecisionRequest", "reasonCode", false)]
    [InlineData("FollowUpInput", "notes", false)]
    public async Task Should_require_exactly_the_members_the_server_requires(string schema, string member, bool required)
    {
        var schemas = (await DocumentAsync())["components"]!["schemas"]!;

        var requiredMembers = schemas[schema]!["required"]?.AsArray().Select(m => m!.GetValue<string>()) ?? [];
        Assert.Equal(required, requiredMembers.Contains(member));
        // A member the server requires is never null either.
        if (required)
            Assert.DoesNotContain("null", schemas[schema]!["properties"]![member]!.ToJsonString());
    }

    [Fact]
    public async Task Should_let_null_match_only_one_branch_of_a_nullable_member()
    {
        var schemas = (await DocumentAsync())["components"]!["schemas"]!;

        Assert.DoesNotContain("null", schemas["RenewalStatus"]!["enum"]!.ToJsonString());
        Assert.Equal("object", schemas["JsonElement"]!.Str("type"));
    }

    async Task<JsonNode> DocumentAsync()
    {
        using var client = api.CreateClient();
        return JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
    }

    async Task<List<(string Path, string Method, JsonObject Operation)>> OperationsAsync()
    {
        var paths = (await DocumentAsync())["paths"]!.AsObject();
        return [.. paths.SelectMany(p => p.Value!.AsObject().Select(m => (p.Key, m.Key, m.Value!.AsObject())))];
    }
}
