using System.Diagnostics;
using System.Globalization;

namespace Approvals.Benchmarks.Infrastructure;

/// <summary>Runs build/broker.sh against the benchmark's broker (its port and data directory).</summary>
public static class BrokerScript
{
    public static async Task Run(int port, string brokerDirectory, params string[] arguments)
    {
        // rabbitmqctl leaves erl_crash.dump in its working directory when the node is down: not in the repository.
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(RepositoryPaths.BrokerScript);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["APPROVALS_BROKER_PORT"] = port.ToString(CultureInfo.InvariantCulture);
        start.Environment["APPROVALS_BROKER_DIR"] = brokerDirectory;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await output;
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"broker.sh {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}");
    }
}
