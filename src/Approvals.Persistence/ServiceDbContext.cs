using Microsoft.EntityFrameworkCore;

namespace Approvals.Persistence;

/// <summary>
/// Base for each service's own DbContext: its own schema on a server database, its own migrations history table (the
/// services share one database by default), and provider conventions that keep one model valid on SQLite, SQL Server
/// and PostgreSQL.
/// </summary>
public abstract class ServiceDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>SQL Server schema and migrations-history suffix, e.g. <c>intake</c>.</summary>
    public abstract string Schema { get; }

    public static string HistoryTableFor(string schema) => $"__{schema}_migrations";

    /// <summary>
    /// Whether this context runs on SQL Server, for the few queries that need its locking hints: services ask here
    /// rather than reference a database provider themselves.
    /// </summary>
    public bool RunsOnSqlServer => Database.IsSqlServer();

    /// <summary>Whether this context runs on PostgreSQL, for the few statements that need its locks.</summary>
    public bool RunsOnPostgreSql => Database.IsNpgsql();

    /// <summary>SQLite has no schemas: infrastructure tables shared by every service get the service's name in front.</summary>
    public string TablePrefix => Database.IsSqlite() ? Schema + "_" : "";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        if (!Database.IsSqlite())
            modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly, type =>
            type.Namespace?.StartsWith(GetType().Namespace!, StringComparison.Ordinal) == true);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<decimal>().HavePrecision(9, 2);
        // SQL Server's time type stops at 24 hours; durations here run to months.
        configurationBuilder.Properties<TimeSpan>().HaveConversion<long>();
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
            configurationBuilder.Properties<decimal>().HaveConversion<double>();
            return;
        }

        configurationBuilder.Properties<decimal>().HaveConversion<MinimalScaleConverter>();
        // timestamptz keeps microseconds, and a signed record's hash and the audit chain's links cover the full
        // 100 ns ticks: PostgreSQL stores the ticks themselves, as SQLite does.
        if (Database.IsNpgsql())
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
