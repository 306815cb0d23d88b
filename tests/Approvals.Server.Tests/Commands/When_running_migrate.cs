using Approvals.Persistence;
using Approvals.Server.Commands;
using Microsoft.Data.Sqlite;

namespace Approvals.Server.Tests.Commands;

/// <summary><c>Approvals.Server migrate</c>: a release's schema step, run once before replicas that do not migrate.</summary>
public sealed class When_running_migrate : IDisposable
{
    readonly string _database = Path.Combine(Path.GetTempPath(), $"approvals-migrate-{Guid.NewGuid():N}.db");

    static readonly string[] Services = ["intake", "review", "workflow", "audit"];

    static async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await MigrateCommand.RunAsync(["migrate", .. args], output, errors);
        return (exitCode, output.ToString(), errors.ToString());
    }

    string ConnectionArgument => $"--ConnectionStrings:Approvals=Data Source={_database};Pooling=False";

    string FileOf(string service) => SqliteDataSource.ServiceFile(_database, service);

    long AppliedMigrations(string service)
    {
        using var connection = new SqliteConnection($"Data Source={FileOf(service)};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{ServiceDbContext.HistoryTableFor(service)}\"";
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task Should_bring_every_service_s_database_to_this_build_and_exit_0()
    {
        var (exitCode, output, errors) = await RunAsync(ConnectionArgument);

        Assert.True(exitCode == MigrateCommand.Migrated, errors);
        Assert.Contains("AuditDbContext", output, StringComparison.Ordinal);
        Assert.All(Services, service => Assert.True(AppliedMigrations(service) > 0, $"{service} has no migration applied"));
        Assert.Equal(MigrateCommand.Migrated, (await RunAsync(ConnectionArgument)).ExitCode); // nothing left to apply: still 0
    }

    [Fact]
    public async Task Should_migrate_only_the_roles_named()
    {
        var (exitCode, _, errors) = await RunAsync(ConnectionArgument, "--roles", "review");

        Assert.True(exitCode == MigrateCommand.Migrated, errors);
        Assert.True(AppliedMigrations("review") > 0);
        Assert.False(File.Exists(FileOf("intake")));
    }

    [Fact]
    public async Task Should_exit_2_and_say_why_for_an_unknown_role()
    {
        var (exitCode, _, errors) = await RunAsync(ConnectionArgument, "--roles", "pharmacy");

        Assert.Equal(MigrateCommand.Failed, exitCode);
        Assert.Contains("pharmacy", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(FileOf("review")));
    }

    [Fact]
    public async Task Should_exit_2_without_migrating_when_given_an_app_role_on_sqlite()
    {
        var (exitCode, _, errors) = await RunAsync(ConnectionArgument, "--Database:AppRole=approvals_app");

        Assert.Equal(MigrateCommand.Failed, exitCode);
        Assert.Contains("PostgreSQL", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(FileOf("intake")));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in Services.Select(FileOf).Append(_database))
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                File.Delete(file + suffix);
        }
    }
}
