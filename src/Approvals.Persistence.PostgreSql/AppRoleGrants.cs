using System.Text;
using Npgsql;

namespace Approvals.Persistence.PostgreSql;

/// <summary>
/// The services' role gets its rights on every service's tables, and only reading and appending on the audit trail:
/// deploy/postgres/grants.sql, the script operators run with psql, run here by the migrate command after the
/// migrations, as the migrator that owns the schemas.
/// </summary>
public static class AppRoleGrants
{
    /// <summary>The script with its psql variable <c>:"app"</c> bound to <paramref name="appRole"/>, psql's own commands left out.</summary>
    public static string Script(string appRole)
    {
        if (string.IsNullOrWhiteSpace(appRole))
            throw new ArgumentException("The services' role is required.", nameof(appRole));
        using var stream = typeof(AppRoleGrants).Assembly.GetManifestResourceStream("grants.sql")
            ?? throw new InvalidOperationException("grants.sql is not embedded in this build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var quoted = '"' + appRole.Replace("\"", "\"\"", StringComparison.Ordinal) + '"';
        var statements = new StringBuilder();
        while (reader.ReadLine() is { } line)
        {
            // \set ON_ERROR_STOP and the like are psql's; the transaction below stops at the first error anyway.
            if (line.TrimStart().StartsWith('\\'))
                continue;
            statements.AppendLine(line.Replace(":\"app\"", quoted, StringComparison.Ordinal));
        }

        return statements.ToString();
    }

    /// <summary>Runs <see cref="Script"/> in one transaction: every grant, or none.</summary>
    public static async Task ApplyAsync(string connectionString, string appRole, CancellationToken cancellationToken = default)
    {
        var script = Script(appRole);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = new NpgsqlCommand(script, connection, transaction))
            await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
