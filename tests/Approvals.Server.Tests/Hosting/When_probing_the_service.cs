using System.Net;
using System.Text.Json.Nodes;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Hosting;

public sealed class When_probing_the_service(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    [Fact]
    public async Task Should_keep_its_data_in_the_database_file_given_in_settings()
    {
        using var client = api.CreateClient();
        using var response = await client.GetAsync("/health/ready");

        // Guards the fixture: were the setting applied too late, every class would share the default approvals.*.db.
        var intake = api.FileOf("intake");
        Assert.True(File.Exists(intake), $"No database at {intake}");
        Assert.True(new FileInfo(intake).Length > 0);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Should_report_healthy(string path)
    {
        using var client = api.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_describe_the_api_in_openapi()
    {
        using var client = api.CreateClient();

        using var response = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.NotNull(document["paths"]?[RequestsApi.Path]);
        Assert.NotNull(document["paths"]?[ReviewsApi.Path]);
    }

    [Fact]
    public async Task Should_serve_the_api_reference_page()
    {
        using var client = api.CreateClient();

        using var response = await client.GetAsync("/scalar/v1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
