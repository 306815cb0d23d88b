namespace Approvals.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>Configuration section <c>Database</c>; the connection string itself is <c>ConnectionStrings:Approvals</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "Approvals";
    public const string DefaultSqliteConnectionString = "Data Source=approvals.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations when the server starts (the embedded default); production may run the scripts instead.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
