using Approvals.Audit.Chain;
using Approvals.Audit.Verification;
using Approvals.Server.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Approvals.Server.Tests.Audit;

/// <summary>Through the fast SQLite reading, which <c>audit verify</c> and the endpoint use on SQLite.</summary>
public class When_verifying_the_audit_chain : IDisposable
{
    const int Entries = 12;
    readonly AuditTrailDatabase _trail = new();

    internal virtual EntryReading Reading => EntryReading.Fastest;

    async Task<VerificationResult> VerifyAsync()
    {
        await using var db = _trail.Open();
        return await new ChainVerifier(db, new FakeTimeProvider(), Reading).VerifyAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Should_find_an_intact_chain_valid()
    {
        var seeded = await _trail.SeedAsync(Entries);

        var result = await VerifyAsync();

        Assert.True(result.Valid, result.Problem);
        Assert.Equal(Entries, result.Entries);
        Assert.Null(result.FirstBrokenSequence);
        Assert.Equal(seeded[^1].Hash, result.LastHash);
        Assert.Equal(Entries, result.LastSequence);
    }

    [Fact]
    public async Task Should_find_an_empty_trail_valid()
    {
        var result = await VerifyAsync();

        Assert.True(result.Valid);
        Assert.Equal(0, result.Entries);
    }

    [Fact]
    public async Task Should_report_an_altered_entry()
    {
        await _trail.SeedAsync(Entries);

        _trail.Tamper("""UPDATE "AuditEntries" SET "Reason" = 'Approved after all' WHERE "Sequence" = 5""");

        var result = await VerifyAsync();
        Assert.False(result.Valid);
        Assert.Equal(5, result.FirstBrokenSequence);
        Assert.Equal(Entries, result.Entries);
        Assert.Contains("content", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_report_an_entry_whose_hash_was_recomputed_after_an_edit()
    {
        var seeded = await _trail.SeedAsync(Entries);
        var forged = seeded[6];
        forged.ActorId = "someone-else";
        var hash = AuditHash.Compute(forged);

        _trail.Tamper($"""UPDATE "AuditEntries" SET "ActorId" = 'someone-else', "Hash" = '{hash}' WHERE "Sequence" = 7""");

        // The edited entry seals again, but its successor still names the hash it had.
        var result = await VerifyAsync();
        Assert.False(result.Valid);
        Assert.Equal(8, result.FirstBrokenSequence);
    }

    [Fact]
    public async Task Should_report_the_entry_after_a_deleted_one()
    {
        await _trail.SeedAsync(Entries);

        _trail.Tamper("""DELETE FROM "AuditEntries" WHERE "Sequence" = 4""");

        var result = await VerifyAsync();
        Assert.False(result.Valid);
        Assert.Equal(5, result.FirstBrokenSequence);
        Assert.Equal(Entries - 1, result.Entries);
    }

    [Fact]
    public async Task Should_report_a_deleted_first_entry()
    {
        await _trail.SeedAsync(Entries);

        _trail.Tamper("""DELETE FROM "AuditEntries" WHERE "Sequence" = 1""");

        Assert.Equal(2, (await VerifyAsync()).FirstBrokenSequence);
    }

    [Fact]
    public async Task Should_report_the_entry_after_an_inserted_one()
    {
        var seeded = await _trail.SeedAsync(Entries);
        // A forger who knows the hash rule makes room after entry 3 and links a forged entry to it perfectly.
        var forged = AuditChain.Link(TrailDrafts.Sample(seeded[0].RequestId!.Value, 99, reason: "Inserted later"),
            new ChainHead(3, seeded[2].Hash), seeded[2].RecordedAt);

        _trail.Tamper($"""
            UPDATE "AuditEntries" SET "Sequence" = -"Sequence" WHERE "Sequence" > 3;
            UPDATE "AuditEntries" SET "Sequence" = 1 - "Sequence" WHERE "Sequence" < 0;
            INSERT INTO "AuditEntries" ("Sequence", "RecordedAt", "OccurredAt", "ActorId", "ActorName", "ActorRole", "Action",
                "EntityType", "EntityId", "EntityVersion", "RequestId", "OldValues", "NewValues", "Reason", "CorrelationId", "MessageId",
                "PreviousHash", "Hash")
            VALUES (4, {forged.RecordedAt.UtcTicks}, {forged.OccurredAt.UtcTicks}, '{forged.ActorId}', '{forged.ActorName}',
                '{forged.ActorRole}', '{forged.Action}', '{forged.EntityType}', '{forged.EntityId}', NULL, '{forged.RequestId}'
                , NULL, '{forged.NewValues}', '{forged.Reason}', '{forged.CorrelationId}', '{forged.MessageId}', '{forged.PreviousHash}',
                '{forged.Hash}');
            """);

        var result = await VerifyAsync();
        Assert.False(result.Valid);
        Assert.Equal(5, result.FirstBrokenSequence);
        Assert.Equal(Entries + 1, result.Entries);
    }

    [Fact]
    public async Task Should_report_an_entry_that_names_another_predecessor()
    {
        var seeded = await _trail.SeedAsync(Entries);

        _trail.Tamper($"""UPDATE "AuditEntries" SET "PreviousHash" = '{seeded[1].Hash}' WHERE "Sequence" = 4""");

        var result = await VerifyAsync();
        Assert.Equal(4, result.FirstBrokenSequence);
        Assert.Contains("predecessor", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_report_a_gap_left_by_renumbering()
    {
        await _trail.SeedAsync(Entries);

        _trail.Tamper("""UPDATE "AuditEntries" SET "Sequence" = "Sequence" + 100 WHERE "Sequence" > 9""");

        var result = await VerifyAsync();
        Assert.Equal(110, result.FirstBrokenSequence);
        Assert.Contains("Expected entry 10", result.Problem, StringComparison.Ordinal);
        Assert.Equal(112, result.LastSequence);
    }

    /// <summary>Each kind of column the fast reading formats itself: times, ids, numbers, text, and null against empty.</summary>
    [Theory]
    [InlineData("\"RecordedAt\" = \"RecordedAt\" + 1")]
    [InlineData("\"OccurredAt\" = \"OccurredAt\" - 10000000")]
    [InlineData("\"RequestId\" = '6F1D2C3B-4A59-4E68-9D7C-8B0A1F2E3D4C'")]
    [InlineData("\"MessageId\" = NULL")]
    [InlineData("\"EntityVersion\" = 7")]
    [InlineData("\"OldValues\" = ''")]
    [InlineData("\"Reason\" = NULL")]
    [InlineData("\"ActorName\" = 'Dr Seed '")]
    [InlineData("\"Hash\" = upper(\"Hash\")")]
    public async Task Should_report_a_change_to_any_column(string change)
    {
        await _trail.SeedAsync(Entries);

        _trail.Tamper($"""UPDATE "AuditEntries" SET {change} WHERE "Sequence" = 6""");

        var result = await VerifyAsync();
        Assert.False(result.Valid);
        Assert.Equal(6, result.FirstBrokenSequence);
        Assert.Equal(Entries, result.Entries);
    }

    [Fact]
    public async Task Should_find_ids_stored_in_lower_case_the_same_ids()
    {
        await _trail.SeedAsync(Entries);

        // Only the text's case changes: the ids, and so the hashes, are the same.
        _trail.Tamper("""UPDATE "AuditEntries" SET "RequestId" = lower("RequestId"), "MessageId" = lower("MessageId")""");

        Assert.True((await VerifyAsync()).Valid);
    }

    [Fact]
    public async Task Should_find_entries_with_every_kind_of_text_valid()
    {
        var requestId = Guid.NewGuid();
        await _trail.AppendAsync(
        [
            TrailDrafts.Sample(requestId, 1) with { ActorName = "Dr Müller-Œdipe, \"Zoë\" 中", Reason = "Dosis: 75 mg → 60 mg 🙂,\r\nweiter" },
            TrailDrafts.Sample(requestId, 2) with { Reason = "", ActorRole = null, OldValues = """{"note":"ß\n\"q\""}""", NewValues = null },
            TrailDrafts.Sample(requestId, 3) with { EntityVersion = -1, RequestId = null, CorrelationId = null, MessageId = null },
        ]);

        var result = await VerifyAsync();

        Assert.True(result.Valid, result.Problem);
        Assert.Equal(3, result.Entries);
    }

    /// <summary>Several batches between the reading and the checking stage, the break in a later one.</summary>
    [Fact]
    public async Task Should_count_every_entry_and_name_a_break_many_batches_in()
    {
        var seeded = await _trail.SeedAsync(1_100);

        _trail.Tamper("""UPDATE "AuditEntries" SET "ActorId" = 'mallory' WHERE "Sequence" = 777""");

        var result = await VerifyAsync();
        Assert.Equal(777, result.FirstBrokenSequence);
        Assert.Equal(1_100, result.Entries);
        Assert.Equal(1_100, result.LastSequence);
        Assert.Equal(seeded[^1].Hash, result.LastHash);
    }

    public void Dispose()
    {
        _trail.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The same through EF, the reading on SQL Server: both readings must agree on every trail.</summary>
public sealed class When_verifying_the_audit_chain_through_ef : When_verifying_the_audit_chain
{
    internal override EntryReading Reading => EntryReading.Portable;
}
