using Microsoft.Data.Sqlite;

namespace Approvals.Persistence;

/// <summary>
/// Where a SQLite database lands: a relative <c>Data Source</c> resolves against the server's content root (its own
/// folder), not the working directory, so the file is the same whichever directory the server was started from.
/// </summary>
public static class SqliteDataSource
{
    public static string ResolveAgainst(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!NamesAFile(builder) || Path.IsPathRooted(builder.DataSource))
            return connectionString;
        builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
        return builder.ToString();
    }

    /// <summary>The connection string of the service's own file beside the configured one (<see cref="ServiceFile"/>).</summary>
    public static string ForService(string connectionString, string service)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!NamesAFile(builder))
            throw new InvalidOperationException("Database:FilePerService needs a SQLite Data Source that names a file.");
        builder.DataSource = ServiceFile(builder.DataSource, service);
        return builder.ToString();
    }

    /// <summary>The service's own file beside the configured one: <c>approvals.db</c> becomes <c>approvals.intake.db</c>.</summary>
    public static string ServiceFile(string file, string service) =>
        Path.Combine(Path.GetDirectoryName(file) ?? "", $"{Path.GetFileNameWithoutExtension(file)}.{service}{Path.GetExtension(file)}");

    /// <summary>In-memory databases and URI file names name no path of ours.</summary>
    static bool NamesAFile(SqliteConnectionStringBuilder builder) =>
        !string.IsNullOrEmpty(builder.DataSource) && builder.Mode != SqliteOpenMode.Memory && builder.DataSource != ":memory:" &&
        !builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
}
