using System.Diagnostics;
using System.Globalization;

namespace Approvals.Benchmarks.Measurement;

/// <summary>Samples process and machine CPU time at the start and end of a measured interval (Linux /proc).</summary>
public sealed class CpuMeter
{
    readonly int? _brokerPid;
    readonly int? _serverPid;
    readonly long _startTicks = Stopwatch.GetTimestamp();
    readonly TimeSpan _bench;
    readonly TimeSpan? _broker;
    readonly TimeSpan? _server;
    readonly (long Busy, long Total) _machine;

    CpuMeter(int? brokerPid, int? serverPid)
    {
        _brokerPid = brokerPid;
        _serverPid = serverPid;
        _bench = ProcessorTime(Environment.ProcessId) ?? TimeSpan.Zero;
        _broker = ProcessorTime(brokerPid);
        _server = ProcessorTime(serverPid);
        _machine = MachineTicks();
    }

    public static CpuMeter Start(int? brokerPid, int? serverPid = null) => new(brokerPid, serverPid);

    public CpuUsage Stop()
    {
        var wall = Stopwatch.GetElapsedTime(_startTicks);
        var machine = MachineTicks();
        var total = machine.Total - _machine.Total;
        return new CpuUsage(
            Percent(ProcessorTime(Environment.ProcessId) - _bench, wall) ?? 0,
            Percent(ProcessorTime(_brokerPid) - _broker, wall),
            Percent(ProcessorTime(_serverPid) - _server, wall),
            total > 0 ? 100.0 * (machine.Busy - _machine.Busy) / total : double.NaN);
    }

    static double? Percent(TimeSpan? used, TimeSpan wall) =>
        used is { } cpu && wall > TimeSpan.Zero ? 100 * cpu.TotalSeconds / wall.TotalSeconds : null;

    static TimeSpan? ProcessorTime(int? pid)
    {
        if (pid is null)
            return null;
        try
        {
            using var process = Process.GetProcessById(pid.Value);
            return process.TotalProcessorTime;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return null; // gone
        }
    }

    /// <summary>Busy and total jiffies of all cores from the first line of /proc/stat; idle and iowait are not busy.</summary>
    static (long Busy, long Total) MachineTicks()
    {
        if (!File.Exists("/proc/stat"))
            return (0, 0);
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Take(8).Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var total = fields.Sum();
        return (total - fields[3] - fields[4], total);
    }
}
