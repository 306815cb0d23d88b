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
        var source = builder.DataSource;
        // In-memory databases and URI file names name no path of ours; an absolute path is already where it lands.
        if (string.IsNullOrEmpty(source) || builder.Mode == SqliteOpenMode.Memory || source == ":memory:" ||
            source.StartsWith("file:", StringComparison.OrdinalIgnoreCase) || Path.IsPathRooted(source))
            return connectionString;
        builder.DataSource = Path.GetFullPath(source, contentRoot);
        return builder.ToString();
    }
}
