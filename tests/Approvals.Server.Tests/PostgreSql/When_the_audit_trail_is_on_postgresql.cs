using Approvals.Audit.Chain;
using Approvals.Audit.Persistence;
using Approvals.Audit.Verification;
using Approvals.Persistence;
using Approvals.Server.Tests.Infrastructure;
using Approvals.Server.Tests.Migrations;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Approvals.Server.Tests.PostgreSql;

/// <summary>
/// The trail's two promises on PostgreSQL, in a database of the private cluster: the database itself refuses to
/// change or remove an entry, and appenders running at the same moment still make one linear chain.
/// </summary>
[Trait(Category.Trait, Category.PostgreSql)]
public sealed class When_the_audit_trail_is_on_postgresql : IAsyncLifetime
{
    const int Appenders = 12;

    readonly PostgresTestDatabase _database = PostgresTestDatabase.Create();

    AuditDbContext NewContext() =>
        (AuditDbContext)ServiceContexts.Create("audit", DatabaseProvider.PostgreSql, _database.ConnectionString);

    public async Task InitializeAsync()
    {
        await using var db = NewContext();
        await db.Database.MigrateAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    async Task<AuditEntry> AppendAsync(int i)
    {
        await using var db = NewContext();
        return await TrailAppends.AppendAsync(db, i);
    }

    [Theory]
    [InlineData("""UPDATE audit."AuditEntries" SET "ActorId" = 'someone-else'""")]
    [InlineData("""DELETE FROM audit."AuditEntries" """)]
    [InlineData("""TRUNCATE audit."AuditEntries" """)]
    public async Task Should_refuse_to_change_or_remove_an_entry(string statement)
    {
        var first = await AppendAsync(1);
        await AppendAsync(2);

        await using var db = NewContext();
        var refusal = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync(statement));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refusal.SqlState);
        Assert.Contains("append-only", refusal.MessageText, StringComparison.Ordinal);
        var kept = await db.Entries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(2, kept.Count);
        Assert.Equal(first.ActorId, kept[0].ActorId);
    }

    [Fact]
    public async Task Should_link_concurrent_appends_into_one_chain_without_gaps()
    {
        var appended = await Task.WhenAll(Enumerable.Range(1, Appenders).Select(i => Task.Run(() => AppendAsync(i))));

        Assert.Equal(Enumerable.Range(1, Appenders).Select(i => (long)i), appended.Select(e => e.Sequence).Order());
        await using var db = NewContext();
        var result = await new ChainVerifier(db, TimeProvider.System).VerifyAsync(default);
        Assert.True(result.Valid, result.Problem);
        Assert.Equal(Appenders, result.Entries);
    }

    [Fact]
    public async Task Should_read_an_entry_back_to_the_tick_it_was_hashed_with()
    {
        var appended = await AppendAsync(1);

        await using var db = NewContext();
        var stored = await db.Entries.AsNoTracking().SingleAsync();
        Assert.Equal(appended.RecordedAt.UtcTicks, stored.RecordedAt.UtcTicks);
        Assert.True((await new ChainVerifier(db, TimeProvider.System).VerifyAsync(default)).Valid);
    }
}
