using System.Text.Json.Nodes;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Http;

/// <summary>
/// The web app's client (src/Approvals.ApiClient) is generated from a snapshot of the OpenAPI document; the snapshot
/// must be the document the server serves, so the client cannot fall behind the API.
/// </summary>
public sealed class When_comparing_the_api_client_with_the_api(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    const string SnapshotPath = "src/Approvals.ApiClient/openapi/v1.json";

    [Fact]
    public async Task Should_be_generated_from_the_document_the_server_serves()
    {
        using var client = api.CreateClient();
        var served = WithoutServers(JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!);
        var snapshot = WithoutServers(JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, SnapshotPath)))!);

        var difference = FirstDifference(served, snapshot, "$");
        Assert.True(difference is null,
            $"The served OpenAPI document differs from {SnapshotPath} at {difference}: run build/api-client.sh to regenerate the client.");
    }

    // "servers" names the address the document was fetched from, not the API.
    static JsonNode WithoutServers(JsonNode document)
    {
        document.AsObject().Remove("servers");
        return document;
    }

    /// <summary>The JSON path of the first place the two differ, or null when they are equal.</summary>
    static string? FirstDifference(JsonNode? served, JsonNode? snapshot, string path)
    {
        switch (served, snapshot)
        {
            case (JsonObject s, JsonObject c):
                foreach (var name in s.Select(p => p.Key).Union(c.Select(p => p.Key)))
                {
                    if (s.ContainsKey(name) != c.ContainsKey(name))
                        return $"{path}.{name} (only in the {(s.ContainsKey(name) ? "served document" : "snapshot")})";
                    if (FirstDifference(s[name], c[name], $"{path}.{name}") is { } inner)
                        return inner;
                }
                return null;
            case (JsonArray s, JsonArray c):
                if (s.Count != c.Count)
                    return $"{path} ({s.Count} items served, {c.Count} in the snapshot)";
                for (var i = 0; i < s.Count; i++)
                {
                    if (FirstDifference(s[i], c[i], $"{path}[{i}]") is { } inner)
                        return inner;
                }
                return null;
            default:
                return JsonNode.DeepEquals(served, snapshot) ? null : path;
        }
    }
}
