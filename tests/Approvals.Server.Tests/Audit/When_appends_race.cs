using Approvals.Audit.Chain;
using Approvals.Audit.Verification;
using Approvals.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Approvals.Server.Tests.Audit;

/// <summary>Consumers append concurrently; the chain must stay one line without gaps or forks.</summary>
public sealed class When_appends_race : IDisposable
{
    readonly AuditTrailDatabase _trail = new();

    [Fact]
    public async Task Should_link_every_entry_exactly_once()
    {
        const int writers = 8;
        const int appendsEach = 15;
        var requestId = Guid.NewGuid();

        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < appendsEach; i++)
            {
                await using var db = _trail.Open();
                // As the inbox/outbox does: a serializable transaction, which SQLite begins IMMEDIATE.
                await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable);
                await new AuditAppender(db, TimeProvider.System).AppendAsync(TrailDrafts.Sample(requestId, (w * 100) + i), CancellationToken.None);
                await transaction.CommitAsync();
            }
        })));

        await using var check = _trail.Open();
        var result = await new ChainVerifier(check, new FakeTimeProvider()).VerifyAsync(CancellationToken.None);
        Assert.True(result.Valid, result.Problem);
        Assert.Equal(writers * appendsEach, result.Entries);
        Assert.Equal(writers * appendsEach, await check.Entries.Select(e => e.MessageId).Distinct().CountAsync());
    }

    [Fact]
    public async Task Should_refuse_a_second_entry_linked_to_the_same_head()
    {
        var seeded = await _trail.SeedAsync(2);
        var staleHead = new ChainHead(seeded[^1].Sequence, seeded[^1].Hash);
        await _trail.AppendAsync([TrailDrafts.Sample(Guid.NewGuid(), 3)]);
        await using var db = _trail.Open();

        db.Entries.Add(AuditChain.Link(TrailDrafts.Sample(Guid.NewGuid(), 4), staleHead, DateTimeOffset.UtcNow));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Should_refuse_to_append_outside_a_transaction()
    {
        await using var db = _trail.Open();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new AuditAppender(db, TimeProvider.System).AppendAsync(TrailDrafts.Sample(Guid.NewGuid(), 1), CancellationToken.None));
    }

    [Fact]
    public void Should_lock_the_head_on_sql_server_until_the_append_commits()
    {
        using var db = (Approvals.Audit.Persistence.AuditDbContext)Migrations.ServiceContexts.Create(
            "audit", Approvals.Persistence.DatabaseProvider.SqlServer, Migrations.ServiceContexts.UnreachableSqlServer);

        var sql = AuditAppender.HeadQuery(db).ToQueryString();

        new Microsoft.SqlServer.TransactSql.ScriptDom.TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out var errors);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.Message)) + "\n" + sql);
        Assert.Contains("WITH (UPDLOCK, HOLDLOCK)", sql, StringComparison.Ordinal);
        Assert.Contains("[audit].[AuditEntries]", sql, StringComparison.Ordinal);
    }

    public void Dispose() => _trail.Dispose();
}
