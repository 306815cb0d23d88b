using System.Net;
using System.Text.Json.Nodes;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Hosting;

/// <summary>Development shows a developer what production hides: the API documentation and why a token was refused.</summary>
public sealed class When_the_server_starts_in_development(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    [Theory]
    [InlineData("/openapi/v1.json")]
    [InlineData("/scalar/v1")]
    public async Task Should_serve_the_api_documentation(string path)
    {
        using var client = api.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Should_serve_a_reference_page_that_calls_no_other_host()
    {
        using var client = api.CreateClient();

        var page = await client.GetStringAsync("/scalar/v1");

        // No CDN fonts, no telemetry: a hospital's firewall sees nothing leave when someone reads the reference.
        var elsewhere = System.Text.RegularExpressions.Regex.Matches(page, @"https?://[^\s""'<>]+")
            .Select(m => m.Value).Where(url => !new Uri(url).IsLoopback && new Uri(url).Host != "localhost");
        Assert.Empty(elsewhere);
        Assert.Contains("\"withDefaultFonts\":false", page, StringComparison.Ordinal);
        Assert.Contains("\"telemetry\":false", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_say_why_a_token_was_refused()
    {
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", CraftedTokens.Sign(new JsonObject { ["sub"] = "dr-late", ["exp"] = 1_000_000 }));

        using var response = await client.GetAsync(RequestsApi.Path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("error_description", Assert.Single(response.Headers.WwwAuthenticate).Parameter, StringComparison.Ordinal);
    }
}
