using Approvals.Audit.Chain;
using Approvals.Audit.Verification;
using Approvals.Server.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Approvals.Server.Tests.Audit;

public sealed class When_verifying_the_audit_chain : IDisposable
{
    const int Entries = 12;
    readonly AuditTrailDatabase _trail = new();

    async Task<VerificationResult> VerifyAsync()
    {
        await using var db = _trail.Open();
        return await new ChainVerifier(db, new FakeTimeProvider()).VerifyAsync(CancellationToken.None);
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

    public void Dispose() => _trail.Dispose();
}
