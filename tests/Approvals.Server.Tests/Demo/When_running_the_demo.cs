using System.Net;
using Approvals.Http;
using Approvals.Server.Demo;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Demo;

/// <summary>
/// The demo seeds a server through its public API: a demonstration protocol with all three review tiers, and demo
/// requests in every state reachable without waiting days, each seen here through the API as any user would.
/// </summary>
public sealed class When_running_the_demo(When_running_the_demo.DemoServer server) : IClassFixture<When_running_the_demo.DemoServer>
{
    public sealed class DemoServer : ApprovalsApiFactory, IAsyncLifetime
    {
        public DemoReport Report { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            using var http = CreateClient();
            Report = await new DemoSeeder(http, TimeProvider.System, Services).SeedAsync(CancellationToken.None);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    async Task<List<System.Text.Json.Nodes.JsonObject>> DemoRequestsAsync()
    {
        using var auditor = await server.ClientAsync(Users.NewId("auditor"), Roles.Auditor);
        return [.. (await auditor.ListAllAsync(RequestsApi.Path)).Where(r => r.Str("patientPseudonym")!.StartsWith("DEMO-", StringComparison.Ordinal))];
    }

    [Theory]
    [InlineData("under-review")]
    [InlineData("awaiting-information")]
    [InlineData("approved")]
    [InlineData("denied")]
    [InlineData("withdrawn")]
    [InlineData("suspended")]
    [InlineData("revoked")]
    public async Task Should_leave_a_demo_request_in(string status)
    {
        var requests = await DemoRequestsAsync();

        Assert.Contains(requests, r => r.Str("status") == status && r.Str("protocolId") == DemoProtocol.Id && r.Str("prescriberId") == DemoSeeder.PrescriberId);
    }

    [Fact]
    public async Task Should_report_each_request_in_the_state_the_api_shows()
    {
        using var prescriber = await server.ClientAsync(DemoSeeder.PrescriberId, Roles.Prescriber);

        Assert.NotEmpty(server.Report.Cases);
        foreach (var demoCase in server.Report.Cases)
        {
            var request = await prescriber.GetRequestAsync(demoCase.RequestId);
            Assert.Equal((demoCase.Pseudonym, demoCase.Status), (request["patient"]!.Str("pseudonym"), request.Str("status")));
            // Every request passed through submitted on its way: its timeline starts there.
            Assert.Equal("submitted", request["history"]!.AsArray()[0]!.Str("status"));
        }
    }

    [Fact]
    public async Task Should_publish_a_demo_protocol_with_all_three_tiers()
    {
        using var admin = await server.AdminAsync();
        using var response = await admin.GetAsync(DemoProtocol.VersionPath);
        var protocol = await response.JsonAsync();

        Assert.StartsWith("DEMO", protocol.Str("title"), StringComparison.Ordinal);
        var tiers = protocol["doseTiers"]!.AsArray().Select(t => (t!.Str("review"), t!["specialists"]?.GetValue<int>())).ToList();
        Assert.Equal([("single", null), ("single-expert-recommended", null), ("collegial", 2)], tiers);
    }

    [Fact]
    public async Task Should_leave_reviews_of_every_tier_open_with_a_collegial_one_waiting_for_one_opinion()
    {
        using var reviewer = await server.ClientAsync(Users.NewId("reviewer"), Roles.Reviewer);
        var demoRequests = (await DemoRequestsAsync()).Select(r => r.Id()).ToHashSet();

        var open = (await reviewer.ListAllAsync(ReviewsApi.OpenQueue)).Where(r => demoRequests.Contains(r.Id("requestId"))).ToList();

        Assert.Contains(open, r => r["requirement"]!.Str("level") == "single");
        Assert.Contains(open, r => r["requirement"]!.Str("level") == "single-expert-recommended"
            && r["claim"]?.Str("userId") == DemoSeeder.ReviewerId);
        Assert.Contains(open, r => r["claim"] is null);
        Assert.Contains(open, r => r["requirement"]!.Str("level") == "collegial" && r["requirement"]!["specialists"]!.GetValue<int>() == 2
            && r["missingOpinions"]!.GetValue<int>() == 1);
        Assert.Contains(open, r => r.Str("kind") == "renewal");
    }

    [Fact]
    public async Task Should_show_a_renewal_under_review_on_its_request()
    {
        using var prescriber = await server.ClientAsync(DemoSeeder.PrescriberId, Roles.Prescriber);
        var renewed = server.Report.Cases.Single(c => c.Pseudonym == "DEMO-0011");

        var request = await prescriber.GetRequestAsync(renewed.RequestId);

        Assert.Equal(("approved", "under-review"), (request.Str("status"), request["renewal"]!.Str("status")));
    }

    [Fact]
    public async Task Should_record_the_demo_in_a_valid_audit_trail()
    {
        using var auditor = await server.ClientAsync(Users.NewId("auditor"), Roles.Auditor);
        var revoked = server.Report.Cases.Single(c => c.Status == "revoked");

        var trail = await auditor.WaitForTrailAsync(revoked.RequestId, t => t.Any(e => e.Str("action") == "request.revoked"),
            "the demo revocation in the trail");
        using var verification = await auditor.GetAsync(AuditApi.Verification);

        Assert.Contains(trail, e => e.Str("actorId") == DemoSeeder.ReviewerId && e["signature"] is not null);
        Assert.True((await verification.JsonAsync())["valid"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Should_add_nothing_when_run_again()
    {
        var before = (await DemoRequestsAsync()).Count;
        using var http = server.CreateClient();

        var again = await new DemoSeeder(http, TimeProvider.System, server.Services).SeedAsync(CancellationToken.None);

        Assert.True(again.WasAlreadyPresent);
        Assert.Equal(before, (await DemoRequestsAsync()).Count);
    }
}
