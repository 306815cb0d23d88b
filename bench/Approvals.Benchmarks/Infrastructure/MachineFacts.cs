using System.Runtime.InteropServices;

namespace Approvals.Benchmarks.Infrastructure;

/// <summary>What the numbers were measured on; the fsync rate comes from P0 and is added by the report.</summary>
public sealed record MachineFacts(int Cores, string Cpu, string Memory, string LoadAverage, string Os, string Dotnet, string RabbitMq)
{
    public static MachineFacts Collect(BrokerAdmin? broker) => new(
        Environment.ProcessorCount,
        ProcField("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        ProcField("/proc/meminfo", "MemTotal") ?? "unknown",
        LoadAverageNow(),
        RuntimeInformation.OSDescription,
        $"{RuntimeInformation.FrameworkDescription} ({RuntimeInformation.RuntimeIdentifier})",
        broker is null ? "not used" : $"{broker.ServerVersion} on {broker.Platform}");

    /// <summary>1, 5 and 15 minute load averages: how many runnable tasks the shared cores had, ours and others'.</summary>
    public static string LoadAverageNow() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    static string? ProcField(string file, string key) =>
        File.Exists(file)
            ? File.ReadLines(file).Where(l => l.StartsWith(key, StringComparison.Ordinal)).Select(l => l.Split(':', 2)[1].Trim()).FirstOrDefault()
            : null;
}
