using System.Net;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Audit;

public sealed class When_an_auditor_reads_the_trail(ApprovalsApiFactory api) : IClassFixture<ApprovalsApiFactory>
{
    public static TheoryData<string> AuditPaths =>
    [
        AuditApi.Entries, AuditApi.Export + "?format=csv", AuditApi.Verification, AuditApi.Metrics,
        AuditApi.TrailOf(Guid.Parse("3f1c2a9e-0000-4000-8000-000000000001")),
    ];

    [Theory]
    [MemberData(nameof(AuditPaths))]
    public async Task Should_answer_401_without_a_token(string path)
    {
        using var anonymous = api.CreateClient();

        using var response = await anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Prescriber)]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.Specialist)]
    [InlineData(Roles.Admin)]
    public async Task Should_answer_403_to_anyone_but_an_auditor(string role)
    {
        using var client = await api.ClientAsync(Users.NewId(role), role);

        foreach (var path in AuditPaths)
        {
            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{path}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Should_answer_404_for_a_request_without_a_trail()
    {
        using var auditor = await api.ClientAsync(Users.NewId("auditor"), Roles.Auditor);

        using var response = await auditor.GetAsync(AuditApi.TrailOf(Guid.NewGuid()));

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_filter_by_actor_action_request_and_time()
    {
        using var auditor = await api.ClientAsync(Users.NewId("auditor"), Roles.Auditor);
        var actor = Users.NewId("actor");
        var requestId = Guid.NewGuid();
        var seeded = await AuditTrailDatabase.AppendAsync(api.ConnectionStringOf("audit"),
            Enumerable.Range(1, 6).Select(i => TrailDrafts.Sample(i <= 4 ? requestId : Guid.NewGuid(), i, actor)));

        var byActor = await auditor.ListAllAsync($"{AuditApi.Entries}?actorId={actor}");
        var byRequest = await auditor.ListAllAsync($"{AuditApi.Entries}?requestId={requestId}");
        var byTime = await auditor.ListAllAsync(
            $"{AuditApi.Entries}?actorId={actor}&from={TrailDrafts.Start.AddMinutes(2):yyyy-MM-ddTHH:mm:ssZ}&to={TrailDrafts.Start.AddMinutes(5):yyyy-MM-ddTHH:mm:ssZ}");
        var byAction = await auditor.ListAllAsync($"{AuditApi.Entries}?actorId={actor}&action=decision.recorded");
        var noAction = await auditor.ListAllAsync($"{AuditApi.Entries}?actorId={actor}&action=request.approved");

        Assert.Equal(seeded.Select(e => e.Sequence), byActor.Select(e => e["sequence"]!.GetValue<long>()));
        Assert.Equal(seeded.Take(4).Select(e => e.Sequence), byRequest.Select(e => e["sequence"]!.GetValue<long>()));
        Assert.Equal(seeded.Skip(1).Take(3).Select(e => e.Sequence), byTime.Select(e => e["sequence"]!.GetValue<long>()));
        Assert.Equal(6, byAction.Count);
        Assert.Empty(noAction);
        Assert.Equal(seeded[0].Hash, byActor[0].Str("hash"));
        Assert.Equal(1, byActor[0]["newValues"]!["n"]!.GetValue<int>());
    }

    [Fact]
    public async Task Should_page_in_recording_order()
    {
        using var auditor = await api.ClientAsync(Users.NewId("auditor"), Roles.Auditor);
        var actor = Users.NewId("actor");
        var seeded = await AuditTrailDatabase.AppendAsync(api.ConnectionStringOf("audit"),
            Enumerable.Range(1, 5).Select(i => TrailDrafts.Sample(Guid.NewGuid(), i, actor)));

        var first = await auditor.ListPageAsync($"{AuditApi.Entries}?actorId={actor}", 2, null);
        var all = await auditor.ListAllAsync($"{AuditApi.Entries}?actorId={actor}", limit: 2);

        Assert.Equal(2, first["items"]!.AsArray().Count);
        Assert.NotNull(first["nextCursor"]);
        Assert.Equal(seeded.Select(e => e.Sequence), all.Select(e => e["sequence"]!.GetValue<long>()));
    }

    [Theory]
    [InlineData(AuditApi.Entries + "?from=yesterday", "from")]
    [InlineData(AuditApi.Entries + "?to=2026-13-01", "to")]
    [InlineData(AuditApi.Entries + "?from=03/04/2026", "from")]
    [InlineData(AuditApi.Entries + "?from=2026-02-01&to=2026-01-01", "to")]
    [InlineData(AuditApi.Entries + "?requestId=not-a-guid", "requestId")]
    [InlineData(AuditApi.Entries + "?limit=0", "limit")]
    [InlineData(AuditApi.Entries + "?limit=201", "limit")]
    [InlineData(AuditApi.Entries + "?cursor=bogus", "cursor")]
    [InlineData(AuditApi.Export, "format")]
    [InlineData(AuditApi.Export + "?format=xml", "format")]
    [InlineData(AuditApi.Export + "?format=csv&from=2026-02-30", "from")]
    [InlineData(AuditApi.Export + "?format=jsonl&from=2026-02-01T00:00:00Z&to=2026-01-31T23:59:59Z", "to")]
    [InlineData(AuditApi.Metrics + "?from=last-week", "from")]
    [InlineData(AuditApi.Metrics + "?from=2026-02-01&to=2026-01-01", "to")]
    [InlineData(AuditApi.Metrics + "?format=xml", "format")]
    [InlineData(AuditApi.Path + "/requests/3f1c2a9e-0000-4000-8000-000000000001?limit=-1", "limit")]
    public async Task Should_refuse_bad_input_naming_the_field(string path, string field)
    {
        using var auditor = await api.ClientAsync(Users.NewId("auditor"), Roles.Auditor);

        using var response = await auditor.GetAsync(path);

        await response.AssertProblemNamingAsync(HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Should_verify_the_chain_the_server_has_written()
    {
        using var auditor = await api.ClientAsync(Users.NewId("auditor"), Roles.Auditor);
        await api.AppendToTrailAsync([TrailDrafts.Sample(Guid.NewGuid(), 1)]);

        using var response = await auditor.GetAsync(AuditApi.Verification);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.JsonAsync();
        Assert.True(result["valid"]!.GetValue<bool>(), result.ToJsonString());
        Assert.True(result["entries"]!.GetValue<long>() >= 1);
        Assert.Null(result["firstBrokenSequence"]);
        Assert.Equal(64, result.Str("lastHash")!.Length);
    }
}
