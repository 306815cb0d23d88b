using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Approvals.Audit.Api.Export;
using Approvals.Audit.Persistence;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Audit;

public sealed class When_an_auditor_exports_entries(ApprovalsApiFactory api) : IClassFixture<ApprovalsApiFactory>
{
    const string Awkward = "He said \"stop\", then, later:\r\nrelapse; see \"notes\",\nline 3";

    async Task<(string Actor, List<AuditEntry> Seeded)> SeedAsync()
    {
        var actor = Users.NewId("actor");
        var requestId = Guid.NewGuid();
        var drafts = Enumerable.Range(1, 4).Select(i => TrailDrafts.Sample(requestId, i, actor, reason: i == 2 ? Awkward : null)).ToList();
        drafts[2] = drafts[2] with { ActorName = "Okafor, \"Ada\"", Action = "approval.granted" };
        return (actor, await api.AppendToTrailAsync(drafts));
    }

    async Task<HttpResponseMessage> ExportAsync(string query)
    {
        using var auditor = await api.ClientAsync(Users.NewId("auditor"), Roles.Auditor);
        var response = await auditor.GetAsync($"{AuditApi.Export}?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    [Fact]
    public async Task Should_write_csv_with_a_header_and_rfc_4180_escaping()
    {
        var (actor, seeded) = await SeedAsync();

        using var response = await ExportAsync($"format=csv&actorId={actor}");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var rows = Csv.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(ExportColumns.Names, rows[0]);
        Assert.Equal(seeded.Count, rows.Count - 1);
        var reason = Array.IndexOf(rows[0], "reason");
        var name = Array.IndexOf(rows[0], "actorName");
        Assert.Equal(Awkward, rows[2][reason]);
        Assert.Equal("Okafor, \"Ada\"", rows[3][name]);
        var hash = Array.IndexOf(rows[0], "hash");
        Assert.Equal(seeded.Select(e => e.Hash), rows.Skip(1).Select(r => r[hash]));
    }

    [Fact]
    public async Task Should_write_one_json_object_per_line()
    {
        var (actor, seeded) = await SeedAsync();

        using var response = await ExportAsync($"format=jsonl&actorId={actor}");

        Assert.Equal("application/jsonl", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        var lines = text.TrimEnd('\n').Split('\n').Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        Assert.Equal(seeded.Select(e => e.Sequence), lines.Select(l => l["sequence"]!.GetValue<long>()));
        Assert.Equal(Awkward, lines[1].Str("reason"));
        Assert.Equal(3, JsonNode.Parse(lines[2].Str("newValues")!)!["n"]!.GetValue<int>());
        Assert.Equal(seeded.Select(e => e.NewValues), lines.Select(l => l.Str("newValues")));
        Assert.Null(lines[0]["oldValues"]);
        Assert.Equal(seeded.Select(e => e.Hash), lines.Select(l => l.Str("hash")));
    }

    [Fact]
    public async Task Should_apply_the_filters_of_the_entry_list()
    {
        var (actor, seeded) = await SeedAsync();

        using var byAction = await ExportAsync($"format=jsonl&actorId={actor}&action=approval.granted");
        using var byTime = await ExportAsync(
            $"format=csv&actorId={actor}&from={TrailDrafts.Start.AddMinutes(2):yyyy-MM-ddTHH:mm:ssZ}&to={TrailDrafts.Start.AddMinutes(4):yyyy-MM-ddTHH:mm:ssZ}");
        using var byOtherRequest = await ExportAsync($"format=csv&actorId={actor}&requestId={Guid.NewGuid()}");

        var granted = (await byAction.Content.ReadAsStringAsync()).TrimEnd('\n').Split('\n');
        Assert.Equal(seeded[2].Sequence, JsonNode.Parse(Assert.Single(granted))!["sequence"]!.GetValue<long>());
        Assert.Equal(seeded.Skip(1).Take(2).Select(e => e.Sequence.ToString(CultureInfo.InvariantCulture)),
            Csv.Parse(await byTime.Content.ReadAsStringAsync()).Skip(1).Select(r => r[0]));
        Assert.Single(Csv.Parse(await byOtherRequest.Content.ReadAsStringAsync()));
    }
}
