using Npgsql;

namespace Approvals.Integration.Tests.Infrastructure;

/// <summary>Where a deployment's services keep their state: a SQLite file per service, or one PostgreSQL database.</summary>
public enum Storage
{
    Sqlite,
    PostgreSql,
}

/// <summary>The settings that put a server process on a PostgreSQL database instead of its SQLite file.</summary>
public static class PostgresSettings
{
    /// <summary>
    /// Several processes share the private cluster's connections: a smaller pool each than a lone test server gets.
    /// <paramref name="migrate"/> false is a replica started after the release's migration step.
    /// </summary>
    public static Dictionary<string, string> For(PostgresTestDatabase database, bool migrate = true) => new()
    {
        ["Database__Provider"] = "PostgreSql",
        ["ConnectionStrings__Approvals"] = new NpgsqlConnectionStringBuilder(database.ConnectionString) { MaxPoolSize = 20 }.ConnectionString,
        ["Database__MigrateOnStartup"] = migrate ? "true" : "false",
    };
}
