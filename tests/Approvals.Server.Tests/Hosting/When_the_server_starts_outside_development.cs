using System.Net;
using Approvals.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace Approvals.Server.Tests.Hosting;

/// <summary>Production ships no signing key: the server must refuse to start rather than accept unsigned trust.</summary>
public sealed class When_the_server_starts_outside_development
{
    [Fact]
    public async Task Should_fail_to_start_without_authentication_settings()
    {
        await using var factory = new ApprovalsApiFactory();
        using var production = factory.WithWebHostBuilder(b => b.UseEnvironment(Environments.Production));

        var thrown = Assert.Throws<InvalidOperationException>(() => production.CreateClient());

        Assert.Contains("Authentication:Jwt", thrown.Message);
    }

    [Fact]
    public async Task Should_not_issue_dev_tokens_when_a_key_is_configured()
    {
        await using var factory = new ApprovalsApiFactory();
        using var production = factory.WithWebHostBuilder(b => b
            .UseEnvironment(Environments.Production)
            .UseSetting("Authentication:Jwt:Issuer", "approvals-prod")
            .UseSetting("Authentication:Jwt:Audience", "approvals")
            .UseSetting("Authentication:Jwt:SigningKey", "production-signing-key-for-tests-only-0123456789"));
        using var client = production.CreateClient();

        using var body = new StringContent("""{"userId":"u1","roles":["admin"]}""", System.Text.Encoding.UTF8, "application/json");

        using var live = await client.GetAsync("/health/live");
        using var token = await client.PostAsync("/dev/token", body);

        // The server is up, so the 404 means the endpoint is absent, not that nothing answered.
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, token.StatusCode);
    }
}
