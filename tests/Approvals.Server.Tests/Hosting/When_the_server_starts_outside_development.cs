using System.Net;
using System.Text.Json.Nodes;
using Approvals.Server.Security;
using Approvals.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace Approvals.Server.Tests.Hosting;

/// <summary>
/// Production ships no signing key: the server must refuse to start rather than accept unsigned trust, refuse the
/// repository's own key, and show nobody more than the API itself.
/// </summary>
public sealed class When_the_server_starts_outside_development
{
    const string ProductionKey = "production-signing-key-for-tests-only-0123456789";

    static WebApplicationFactory<Program> Production(ApprovalsApiFactory factory, string environment = "Production",
        params (string Key, string? Value)[] settings) =>
        factory.WithWebHostBuilder(b =>
        {
            b.UseEnvironment(environment);
            foreach (var (key, value) in settings)
                b.UseSetting(key, value);
        });

    static WebApplicationFactory<Program> ProductionWithKey(ApprovalsApiFactory factory, params (string Key, string? Value)[] settings) =>
        Production(factory, Environments.Production,
            [("Authentication:Jwt:Issuer", "approvals-prod"), ("Authentication:Jwt:SigningKey", ProductionKey), .. settings]);

    [Fact]
    public async Task Should_fail_to_start_without_authentication_settings()
    {
        await using var factory = new ApprovalsApiFactory();
        using var production = Production(factory);

        var thrown = Assert.Throws<InvalidOperationException>(() => production.CreateClient());

        Assert.Contains("Authentication:Jwt", thrown.Message);
    }

    [Theory]
    [InlineData("Production", "approvals-prod", JwtOptions.DevelopmentSigningKey)]
    [InlineData("Production", JwtOptions.DevelopmentIssuer, ProductionKey)]
    [InlineData("Staging", "approvals-staging", JwtOptions.DevelopmentSigningKey)]
    public async Task Should_fail_to_start_with_the_development_key_or_issuer(string environment, string issuer, string key)
    {
        await using var factory = new ApprovalsApiFactory();
        using var production = Production(factory, environment,
            ("Authentication:Jwt:Issuer", issuer), ("Authentication:Jwt:SigningKey", key));

        var thrown = Assert.Throws<InvalidOperationException>(() => production.CreateClient());

        Assert.Contains("development", thrown.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Authentication:Jwt", thrown.Message);
    }

    [Fact]
    public async Task Should_fail_to_start_with_a_key_under_32_bytes()
    {
        await using var factory = new ApprovalsApiFactory();
        using var production = Production(factory, Environments.Production,
            ("Authentication:Jwt:Issuer", "approvals-prod"), ("Authentication:Jwt:SigningKey", new string('k', 31)));

        var thrown = Assert.Throws<InvalidOperationException>(() => production.CreateClient());

        Assert.Contains("32 bytes", thrown.Message);
    }

    /// <summary>The refusal above is only as good as the constants it compares with: they are what Development ships.</summary>
    [Fact]
    public void Should_know_the_key_and_issuer_Development_ships()
    {
        var shipped = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "appsettings.Development.json")))!
            ["Authentication"]!["Jwt"]!;

        Assert.Equal(JwtOptions.DevelopmentSigningKey, shipped["SigningKey"]!.GetValue<string>());
        Assert.Equal(JwtOptions.DevelopmentIssuer, shipped["Issuer"]!.GetValue<string>());
    }

    [Fact]
    public async Task Should_fail_to_start_with_an_http_authority()
    {
        await using var factory = new ApprovalsApiFactory();
        using var production = Production(factory, Environments.Production, ("Authentication:Jwt:Authority", "http://login.example.org/realm"));

        var thrown = Assert.Throws<InvalidOperationException>(() => production.CreateClient());

        Assert.Contains("Authentication:Jwt:Authority must use https", thrown.Message);
    }

    [Fact]
    public async Task Should_start_with_an_https_authority()
    {
        await using var factory = new ApprovalsApiFactory();
        using var production = Production(factory, Environments.Production, ("Authentication:Jwt:Authority", "https://login.example.org/realm"));

        await AssertLiveAsync(production);
    }

    [Fact]
    public async Task Should_start_with_an_http_authority_in_development()
    {
        await using var factory = new ApprovalsApiFactory();
        using var development = factory.WithWebHostBuilder(b => b.UseSetting("Authentication:Jwt:Authority", "http://localhost:8180/realm"));

        await AssertLiveAsync(development);
    }

    [Fact]
    public async Task Should_not_issue_dev_tokens_when_a_key_is_configured()
    {
        await using var factory = new ApprovalsApiFactory();
        using var production = ProductionWithKey(factory);
        using var client = production.CreateClient();

        using var body = new StringContent("""{"userId":"u1","roles":["admin"]}""", System.Text.Encoding.UTF8, "application/json");

        using var live = await client.GetAsync("/health/live");
        using var token = await client.PostAsync("/dev/token", body);

        // The server is up, so the 404 means the endpoint is absent, not that nothing answered.
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, token.StatusCode);
    }

    [Theory]
    [InlineData("/openapi/v1.json")]
    [InlineData("/scalar/v1")]
    public async Task Should_not_serve_the_api_documentation_unless_enabled(string path)
    {
        await using var factory = new ApprovalsApiFactory();
        using var production = ProductionWithKey(factory);
        using var enabled = ProductionWithKey(factory, ("Api:Documentation:Enabled", "true"));
        using var client = production.CreateClient();
        using var enabledClient = enabled.CreateClient();

        using var hidden = await client.GetAsync(path);
        using var shown = await enabledClient.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
    }

    [Fact]
    public async Task Should_not_say_why_a_token_was_refused()
    {
        await using var factory = new ApprovalsApiFactory();
        using var production = ProductionWithKey(factory);
        using var client = production.CreateClient();
        // Signed with the development key, which production does not trust.
        client.DefaultRequestHeaders.Authorization = new("Bearer", CraftedTokens.Sign(new JsonObject { ["sub"] = "mallory", ["role"] = "auditor" }));

        using var response = await client.GetAsync(RequestsApi.Path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.DoesNotContain("error_description", challenge.Parameter ?? "", StringComparison.Ordinal);
    }

    /// <summary>The server started with its settings and answers the liveness probe.</summary>
    static async Task AssertLiveAsync(WebApplicationFactory<Program> server)
    {
        using var client = server.CreateClient();
        using var live = await client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
