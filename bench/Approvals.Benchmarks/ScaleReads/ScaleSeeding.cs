using System.Diagnostics;
using Approvals.Persistence;
using Microsoft.Data.Sqlite;

namespace Approvals.Benchmarks.ScaleReads;

/// <summary>
/// P10's data: the server's own <c>seed</c> command run on a fresh set of files (its progress lines passed through),
/// and the ids the readers pick from, read straight from intake's file.
/// </summary>
public static class ScaleSeeding
{
    /// <summary>Runs <c>Approvals.Server seed --requests N</c> against <paramref name="database"/>; throws unless it seeded.</summary>
    public static async Task Seed(string serverAssembly, string database, int requests, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[serverAssembly, "seed", "--requests", $"{requests}", "--ConnectionStrings:Approvals", $"Data Source={database}"])
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) Console.WriteLine($"  {e.Data}"); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"  {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"The seed command exited with {process.ExitCode}.");
    }

    /// <summary>Up to <paramref name="count"/> request ids, of one prescriber or (null) of anyone, picked at random.</summary>
    public static async Task<IReadOnlyList<Guid>> RequestIds(string database, string? prescriberId, int count, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(
            $"Data Source={SqliteDataSource.ServiceFile(database, "intake")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // Every row an even chance; a scan of the whole table, once, before anything is measured.
        command.CommandText = prescriberId is null
            ? "SELECT Id FROM Requests ORDER BY random() LIMIT $count"
            : "SELECT Id FROM Requests WHERE PrescriberId = $prescriber ORDER BY random() LIMIT $count";
        command.Parameters.AddWithValue("$count", count);
        if (prescriberId is not null)
            command.Parameters.AddWithValue("$prescriber", prescriberId);
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            ids.Add(Guid.Parse(reader.GetString(0)));
        return ids;
    }
}
