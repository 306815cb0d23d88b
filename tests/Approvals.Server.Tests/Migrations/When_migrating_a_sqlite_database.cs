using Approvals.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Server.Tests.Migrations;

/// <summary>The embedded default: all services migrate into one SQLite file, each with its own history table.</summary>
public sealed class When_migrating_a_sqlite_database : IDisposable
{
    readonly string _path = Path.Combine(Path.GetTempPath(), $"approvals-migrations-{Guid.NewGuid():N}.db");

    string ConnectionString => $"Data Source={_path};Pooling=False";

    [Fact]
    public void Should_create_every_services_tables_in_one_file()
    {
        foreach (var service in ServiceContexts.All)
        {
            using var db = ServiceContexts.Create(service, DatabaseProvider.Sqlite, ConnectionString);
            db.Database.Migrate();
            Assert.Empty(db.Database.GetPendingMigrations());
        }

        var tables = Tables();
        foreach (var service in ServiceContexts.All)
        {
            Assert.Contains(ServiceContexts.MainTableOf(service), tables);
            Assert.Contains(ServiceDbContext.HistoryTableFor(ServiceContexts.SchemaOf(service)), tables);
        }

        Assert.Contains("RequestHistory", tables);
    }

    [Fact]
    public void Should_migrate_a_second_time_without_change()
    {
        foreach (var service in ServiceContexts.All)
        {
            using var db = ServiceContexts.Create(service, DatabaseProvider.Sqlite, ConnectionString);
            db.Database.Migrate();
        }

        var before = Tables();
        foreach (var service in ServiceContexts.All)
        {
            using var db = ServiceContexts.Create(service, DatabaseProvider.Sqlite, ConnectionString);
            db.Database.Migrate();
        }

        Assert.Equal(before, Tables());
    }

    List<string> Tables()
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
            names.Add(reader.GetString(0));
        return names;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_path + suffix);
    }
}
