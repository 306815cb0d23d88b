using Approvals.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;

namespace Approvals.Server.Tests.Infrastructure;

/// <summary>
/// The whole server (all roles, in-memory bus) in the Development environment, on a SQLite file of its own, so test
/// classes sharing one factory never see another class's data; or, when the run asks for it
/// (<see cref="PostgresTestDatabase.ServersRunOnIt"/>), on a PostgreSQL database of its own.
/// </summary>
public class ApprovalsApiFactory : WebApplicationFactory<Program>
{
    readonly PostgresTestDatabase? _postgres = PostgresTestDatabase.ServersRunOnIt ? PostgresTestDatabase.Create() : null;

    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"approvals-tests-{Guid.NewGuid():N}.db");

    /// <summary>Pooling off: no pooled handle keeps the file open, so it can be deleted on dispose.</summary>
    public string ConnectionString => $"Data Source={DatabasePath};Pooling=False";

    /// <summary>The services' SQLite files beside <see cref="DatabasePath"/> (Database:FilePerService, the default).</summary>
    public static readonly string[] ServiceNames = ["intake", "review", "workflow", "audit"];

    /// <summary>The connection string of one service's own file, for specs that read or seed it directly.</summary>
    public string ConnectionStringOf(string service) => SqliteDataSource.ForService(ConnectionString, service);

    public string FileOf(string service) => SqliteDataSource.ServiceFile(DatabasePath, service);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Development);
        // A host setting, so Program sees it while registering services (the connection string is captured there).
        if (_postgres is null)
        {
            builder.UseSetting("ConnectionStrings:Approvals", ConnectionString);
        }
        else
        {
            builder.UseSetting("Database:Provider", nameof(DatabaseProvider.PostgreSql));
            builder.UseSetting("ConnectionStrings:Approvals", _postgres.ConnectionString);
        }
        // The write limiter stays on, with room for specs that send many writes as one user; its own spec lowers it.
        builder.UseSetting("RateLimiting:Writes:PermitLimit", "1000000");
        // A protocol version published to take effect a second later fires through the durable scheduler: polling it
        // five times a second instead of once lets those specs go on as soon as it is due, at a few queries' cost.
        builder.UseSetting("Messaging:Scheduler:PollInterval", "00:00:00.2");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        DeleteDatabase();
        GC.SuppressFinalize(this);
    }

    internal void DeleteDatabase()
    {
        _postgres?.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var file in ServiceNames.Select(FileOf).Append(DatabasePath))
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                File.Delete(file + suffix);
        }
    }
}
