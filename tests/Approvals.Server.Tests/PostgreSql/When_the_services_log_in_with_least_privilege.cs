using System.Diagnostics;
using Approvals.Audit.Chain;
using Approvals.Audit.Persistence;
using Approvals.Persistence;
using Approvals.Server.Commands;
using Approvals.Server.Tests.Infrastructure;
using Approvals.Server.Tests.Migrations;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Approvals.Server.Tests.PostgreSql;

/// <summary>
/// deploy/postgres/roles.sql run with psql as an operator would, then the migrate command with the services' role (which
/// grants it deploy/postgres/grants.sql), in a database of the private cluster: the migrator owns the schemas, and the
/// services' role can append to the trail but neither change it nor switch off the triggers that guard it. Roles
/// belong to the whole cluster, so each run names its own.
/// </summary>
[Trait(Category.Trait, Category.PostgreSql)]
public sealed class When_the_services_log_in_with_least_privilege : IAsyncLifetime
{
    const string Password = "least-privilege-spec";

    readonly PostgresTestDatabase _database = PostgresTestDatabase.Create();
    readonly string _migrator = $"approvals_migrator_{Guid.NewGuid():N}"[..32];
    readonly string _app = $"approvals_app_{Guid.NewGuid():N}"[..28];

    string As(string role) =>
        new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Username = role, Password = Password, Pooling = false }.ConnectionString;

    public async Task InitializeAsync()
    {
        await PsqlAsync(_database.ConnectionString, "roles.sql",
            ("migrator", _migrator), ("app", _app), ("migrator_password", Password), ("app_password", Password));
        // The release's migration step, as the migrator: the command a deployment's migration job runs, which grants the
        // services' role its rights from grants.sql once the tables exist.
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var migrated = await MigrateCommand.RunAsync(
            ["migrate", "--Database:Provider=PostgreSql", $"--ConnectionStrings:Approvals={As(_migrator)}", $"--Database:AppRole={_app}"],
            output, errors);
        Assert.True(migrated == MigrateCommand.Migrated, errors.ToString());
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Database = "postgres" }.ConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP ROLE IF EXISTS \"{_app}\"; DROP ROLE IF EXISTS \"{_migrator}\";", admin);
        await drop.ExecuteNonQueryAsync();
    }

    AuditDbContext AppContext() => (AuditDbContext)ServiceContexts.Create("audit", DatabaseProvider.PostgreSql, As(_app));

    async Task AppendAsApp()
    {
        await using var db = AppContext();
        await TrailAppends.AppendAsync(db, 1);
    }

    [Fact]
    public async Task Should_let_the_services_append_to_the_trail_and_read_it()
    {
        await AppendAsApp();
        await AppendAsApp();

        await using var db = AppContext();
        Assert.Equal([1L, 2L], await db.Entries.OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync());
    }

    [Fact]
    public async Task Should_grant_the_same_rights_when_an_operator_runs_the_script_with_psql()
    {
        await using (var revoke = new NpgsqlConnection(As(_migrator)))
        {
            await revoke.OpenAsync();
            await using var command = new NpgsqlCommand($"REVOKE ALL ON ALL TABLES IN SCHEMA audit FROM \"{_app}\"", revoke);
            await command.ExecuteNonQueryAsync();
        }

        await PsqlAsync(As(_migrator), "grants.sql", ("app", _app));

        await AppendAsApp();
        await using var db = AppContext();
        Assert.Equal(1, await db.Entries.CountAsync());
        var refusal = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync("""DELETE FROM audit."AuditEntries" """));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refusal.SqlState);
    }

    [Theory]
    [InlineData("""UPDATE audit."AuditEntries" SET "ActorId" = 'someone-else'""")]
    [InlineData("""DELETE FROM audit."AuditEntries" """)]
    [InlineData("""TRUNCATE audit."AuditEntries" """)]
    [InlineData("""ALTER TABLE audit."AuditEntries" DISABLE TRIGGER ALL""")]
    [InlineData("""DROP TRIGGER "AuditEntries_refuse_change" ON audit."AuditEntries" """)]
    [InlineData("""DROP TABLE audit."AuditEntries" """)]
    public async Task Should_refuse_the_services_any_way_to_rewrite_the_trail(string statement)
    {
        await AppendAsApp();

        await using var db = AppContext();
        var refusal = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync(statement));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refusal.SqlState);
        Assert.Equal(1, await db.Entries.CountAsync());
    }

    static async Task PsqlAsync(string connectionString, string script, params (string Name, string Value)[] variables)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo("psql") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = connection.Username;
        start.Environment["PGPASSWORD"] = connection.Password;
        start.Environment["PGDATABASE"] = connection.Database;
        foreach (var argument in new[] { "-X", "-q" }.Concat(variables.SelectMany(v => new[] { "-v", $"{v.Name}={v.Value}" }))
                     .Concat(["-f", RepositoryPaths.In("deploy", "postgres", script)]))
            start.ArgumentList.Add(argument);

        using var psql = Process.Start(start)!;
        var errors = psql.StandardError.ReadToEndAsync();
        await psql.StandardOutput.ReadToEndAsync();
        await psql.WaitForExitAsync();
        Assert.True(psql.ExitCode == 0, $"psql -f {script} exited {psql.ExitCode}: {await errors}");
    }
}
