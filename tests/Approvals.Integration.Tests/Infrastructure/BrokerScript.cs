using System.Diagnostics;
using System.Globalization;

namespace Approvals.Integration.Tests.Infrastructure;

/// <summary>Runs one of the broker scripts in build/ (the single node's or the cluster's) and reads what it prints.</summary>
static class BrokerScript
{
    /// <summary>Runs <paramref name="script"/> with <paramref name="arguments"/>; a non-zero exit throws with what it printed.</summary>
    public static async Task<string> Run(string script, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment)
            start.Environment[name] = value;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(script)} {string.Join(' ', arguments)} failed: {await error}{await output}");
        return await output;
    }

    /// <summary>The scripts' <c>queues VHOST</c> listing: each queue's name and the messages it holds.</summary>
    public static IReadOnlyDictionary<string, int> ParseQueues(string output) =>
        Lines(output).Select(line => line.Split('\t', ' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(fields => fields[0], fields => int.Parse(fields[^1], CultureInfo.InvariantCulture), StringComparer.Ordinal);

    public static IEnumerable<string> Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
