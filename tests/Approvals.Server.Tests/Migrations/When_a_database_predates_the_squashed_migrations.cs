using Approvals.Intake.Persistence;
using Approvals.Persistence;
using Approvals.Server.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Server.Tests.Migrations;

/// <summary>
/// Before the first release each service's migrations were squashed into one. A database made before that holds
/// migration ids this build does not have: the start-up migration refuses it with what to do, instead of failing
/// halfway on tables that already exist.
/// </summary>
public sealed class When_a_database_predates_the_squashed_migrations : IDisposable
{
    /// <summary>The intake service's first migration before the squash, as such a database's history names it.</summary>
    const string SquashedAway = "20261127185326_Initial";

    static readonly ServerRoles IntakeOnly = new(Intake: true, Review: false, Workflow: false);

    readonly string _path = Path.Combine(Path.GetTempPath(), $"approvals-squashed-{Guid.NewGuid():N}.db");

    string ConnectionString => $"Data Source={_path};Pooling=False";

    [Fact]
    public async Task Should_refuse_to_migrate_it_and_say_it_must_be_recreated()
    {
        await using (var services = Services())
            await services.MigrateAsync(IntakeOnly);
        ReplaceHistoryWith(SquashedAway);

        await using var again = Services();
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => again.MigrateAsync(IntakeOnly));

        Assert.Contains(SquashedAway, refused.Message, StringComparison.Ordinal);
        Assert.Contains("must be recreated", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_migrate_a_database_this_build_made_again()
    {
        await using (var services = Services())
            await services.MigrateAsync(IntakeOnly);

        await using var again = Services();
        await again.MigrateAsync(IntakeOnly);

        await using var scope = again.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    ServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddDbContext<IntakeDbContext>(builder =>
            DatabaseRegistration.Configure(builder, DatabaseProvider.Sqlite, ConnectionString, IntakeDbContext.SchemaName));
        return services.BuildServiceProvider();
    }

    /// <summary>The history such a database has: the squashed-away migration alone, none of this build's.</summary>
    void ReplaceHistoryWith(string migrationId)
    {
        var history = ServiceDbContext.HistoryTableFor(IntakeDbContext.SchemaName);
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var later = connection.CreateCommand();
        later.CommandText = $"""DELETE FROM "{history}" WHERE "MigrationId" <> (SELECT MIN("MigrationId") FROM "{history}")""";
        later.ExecuteNonQuery();
        using var first = connection.CreateCommand();
        first.CommandText = $"""UPDATE "{history}" SET "MigrationId" = $id""";
        first.Parameters.AddWithValue("$id", migrationId);
        Assert.Equal(1, first.ExecuteNonQuery());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_path + suffix);
    }
}
