using Npgsql;

namespace Approvals.Testing;

/// <summary>
/// A database of its own in the private PostgreSQL cluster build/test.sh starts (build/postgres.sh), created empty and
/// dropped on dispose. <c>APPROVALS_TEST_POSTGRES</c> is the cluster's connection string; with
/// <c>APPROVALS_TEST_DATABASE=PostgreSql</c> as well, the specs that start a whole server run it on PostgreSQL.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncDisposable, IDisposable
{
    public const string ClusterVariable = "APPROVALS_TEST_POSTGRES";
    public const string ProviderVariable = "APPROVALS_TEST_DATABASE";

    readonly string _cluster;
    readonly string _name = $"approvals_tests_{Guid.NewGuid():N}";

    PostgresTestDatabase(string cluster)
    {
        _cluster = cluster;
        Run($"CREATE DATABASE \"{_name}\"");
    }

    /// <summary>Whether the specs run their servers on PostgreSQL in this test run.</summary>
    public static bool ServersRunOnIt =>
        string.Equals(Environment.GetEnvironmentVariable(ProviderVariable), "PostgreSql", StringComparison.OrdinalIgnoreCase);

    /// <summary>A connection string to this database. A bounded pool per server: many test servers share one cluster.</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder(_cluster) { Database = _name, MaxPoolSize = 40 }.ConnectionString;

    public static PostgresTestDatabase Create() =>
        new(Environment.GetEnvironmentVariable(ClusterVariable) is { Length: > 0 } cluster
            ? cluster
            : throw new InvalidOperationException(
                $"{ClusterVariable} is not set: build/test.sh starts the private cluster (build/postgres.sh) and sets it."));

    void Run(string sql)
    {
        using var connection = new NpgsqlConnection(_cluster);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Run($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
