namespace Approvals.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}

/// <summary>Configuration section <c>Database</c>; the connection string itself is <c>ConnectionStrings:Approvals</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "Approvals";
    public const string DefaultSqliteConnectionString = "Data Source=approvals.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// SQLite only: each service in a file of its own beside the configured one (<c>approvals.db</c> gives
    /// <c>approvals.intake.db</c>, <c>approvals.review.db</c>, ...), so the services of one process no longer queue
    /// for one file's write lock (ADR 0008). Off puts every service in the configured file itself.
    /// </summary>
    public bool FilePerService { get; set; } = true;

    /// <summary>Apply pending migrations when the server starts (the embedded default); production may run the scripts instead.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>
    /// PostgreSQL only: the role the services connect as. The <c>migrate</c> command, run as the migrator, then gives it
    /// its rights on what the migrations created (deploy/postgres/grants.sql), so a release needs no psql step.
    /// </summary>
    public string? AppRole { get; set; }
}
