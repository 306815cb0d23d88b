using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Audit;

/// <summary>
/// An auditor holding nothing but an export and the README recomputes every hash and follows every link. The canonical
/// form is written here again from the README's words, not taken from the service, so the two are checked against
/// each other.
/// </summary>
public sealed class When_an_auditor_rechecks_the_chain_from_an_export(ApprovalsApiFactory api) : IClassFixture<ApprovalsApiFactory>
{
    /// <summary>The README: "the tag approvals-audit/v1, then sequence, recordedAt, … messageId and previousHash".</summary>
    static readonly string[] HashedFields =
    [
        "sequence", "recordedAt", "occurredAt", "actorId", "actorName", "actorRole", "action", "entityType", "entityId",
        "entityVersion", "requestId", "oldValues", "newValues", "reason", "correlationId", "messageId", "previousHash",
    ];

    /// <summary>The README: "each written as &lt;UTF-8 byte count&gt;:&lt;bytes&gt;, or -, when null".</summary>
    static string ReadmeHash(IEnumerable<string?> fields)
    {
        var canonical = new StringBuilder();
        foreach (var field in fields.Prepend("approvals-audit/v1"))
            canonical.Append(field is null ? "-," : $"{Encoding.UTF8.GetByteCount(field)}:{field},");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    /// <summary>A signed, real lifecycle, and hand-written entries with quotes, line breaks, an empty reason and non-ASCII text.</summary>
    async Task<Guid> RecordAsync()
    {
        var (open, _) = await ApprovedCase.StartAsync(api);
        using var auditor = await api.ClientAsync(Users.NewId("auditor"), Roles.Auditor);
        await auditor.WaitForTrailAsync(open.RequestId, trail => trail.Any(e => e.Str("action") == "request.approved"), "the approval in the trail");

        var seeded = Guid.NewGuid();
        await api.AppendToTrailAsync(
        [
            TrailDrafts.Sample(seeded, 1) with { ActorName = "Dr Müller-Œdipe, \"Zoë\"", Reason = "Dosis: 75 mg → 60 mg,\r\nweiter" },
            TrailDrafts.Sample(seeded, 2) with { Reason = "", ActorRole = null, OldValues = """{"note":"ß\n\"q\""}""" },
        ]);
        return open.RequestId;
    }

    async Task<string> ExportAsync(string format)
    {
        using var auditor = await api.ClientAsync(Users.NewId("auditor"), Roles.Auditor);
        using var response = await auditor.GetAsync($"{AuditApi.Export}?format={format}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Every entry hashes as it says, each links to the one before, and the whole trail is there from 1.</summary>
    static void AssertChain(List<Dictionary<string, string?>> entries)
    {
        Assert.NotEmpty(entries);
        string? previous = null;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            Assert.Equal((i + 1).ToString(CultureInfo.InvariantCulture), entry["sequence"]);
            Assert.Equal(previous, entry["previousHash"]);
            Assert.Equal(entry["hash"], ReadmeHash(HashedFields.Select(f => entry[f])));
            previous = entry["hash"];
        }
    }

    [Fact]
    public async Task Should_recompute_every_hash_and_link_from_a_csv_export()
    {
        await RecordAsync();

        var rows = Csv.ParseWithNulls(await ExportAsync("csv"));

        var header = rows[0].Select(h => h!).ToArray();
        Assert.Equal([.. HashedFields, "hash"], header.Take(HashedFields.Length + 1));
        var entries = rows.Skip(1).Select(r => header.Zip(r).ToDictionary(c => c.First, c => c.Second)).ToList();
        AssertChain(entries);
        Assert.Contains(entries, e => e["reason"] == "");
        Assert.Contains(entries, e => e["actorName"] == "Dr Müller-Œdipe, \"Zoë\"");
        Assert.All(entries, e => Assert.EndsWith("Z", e["recordedAt"], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_recompute_every_hash_and_link_from_a_json_lines_export()
    {
        await RecordAsync();

        var lines = (await ExportAsync("jsonl")).TrimEnd('\n').Split('\n');

        var entries = lines.Select(line =>
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.EnumerateObject().Where(m => m.Name != "signature")
                .ToDictionary(m => m.Name, m => m.Value.ValueKind switch
                {
                    JsonValueKind.Null => null,
                    JsonValueKind.String => m.Value.GetString(),
                    JsonValueKind.Number => m.Value.GetRawText(),
                    _ => throw new InvalidOperationException($"{m.Name} is {m.Value.ValueKind}, not the hashed text."),
                });
        }).ToList();
        AssertChain(entries);
        Assert.Contains(entries, e => e["oldValues"] == """{"note":"ß\n\"q\""}""");
    }

    [Fact]
    public async Task Should_carry_each_signature_in_the_csv_columns()
    {
        var requestId = await RecordAsync();

        var rows = Csv.ParseWithNulls(await ExportAsync("csv"));

        var header = rows[0].Select(h => h!).ToList();
        var decision = Assert.Single(rows, r => r[header.IndexOf("requestId")] == requestId.ToString("D") && r[header.IndexOf("action")] == "decision.recorded");
        var signature = JsonDocument.Parse(decision[header.IndexOf("newValues")]!).RootElement.GetProperty("signature");
        Assert.Equal(signature.GetProperty("signerId").GetString(), decision[header.IndexOf("signatureSignerId")]);
        Assert.Equal(signature.GetProperty("printedName").GetString(), decision[header.IndexOf("signaturePrintedName")]);
        Assert.Equal("approval", decision[header.IndexOf("signatureMeaning")]);
        Assert.Equal(signature.GetProperty("signedRecordHash").GetString(), decision[header.IndexOf("signedRecordHash")]);
        Assert.Equal(signature.GetProperty("signedAt").GetDateTimeOffset(),
            DateTimeOffset.Parse(decision[header.IndexOf("signatureSignedAt")]!, CultureInfo.InvariantCulture));
        var unsigned = Assert.Single(rows, r => r[header.IndexOf("requestId")] == requestId.ToString("D") && r[header.IndexOf("action")] == "submission.recorded");
        Assert.All(["signatureSignerId", "signatureSignedAt", "signatureMeaning"], column => Assert.Null(unsigned[header.IndexOf(column)]));
    }
}
