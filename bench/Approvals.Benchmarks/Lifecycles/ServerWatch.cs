using System.Diagnostics;
using System.Globalization;
using Approvals.Benchmarks.Measurement;

namespace Approvals.Benchmarks.Lifecycles;

/// <summary>One server process under watch: its pid, its SQLite files, and its fsync trace when counted.</summary>
public sealed record WatchedServer(string Name, int Pid, IReadOnlyList<string> DatabasePaths, FsyncTrace? Fsyncs);

/// <summary>
/// Watches the server processes while the lifecycles run: CPU and commits over the measured window, resident memory
/// once a second (steady: the median of the window's samples; peak: the kernel's high-water mark), and the progress line.
/// </summary>
public sealed class ServerWatch(IReadOnlyList<WatchedServer> servers) : ILifecycleObserver
{
    readonly Dictionary<string, List<double>> _rss = servers.ToDictionary(s => s.Name, _ => new List<double>());
    readonly Dictionary<string, uint?[]> _commitsBefore = [];
    readonly Dictionary<string, CpuMeter> _cpu = [];
    readonly Dictionary<string, TimeSpan?> _lastCpuTime = servers.ToDictionary(s => s.Name, s => ProcessorTime(s.Pid));
    long _lastTick = Stopwatch.GetTimestamp();
    int _lastCompleted;
    CpuMeter? _machine;
    DateTimeOffset _opened;
    DateTimeOffset _closed;

    public IReadOnlyList<WatchedServer> Servers => servers;

    /// <summary>Each process's CPU over the window, in percent of one core.</summary>
    public Dictionary<string, double?> CpuPercent { get; } = [];

    /// <summary>The whole machine's CPU over the window (percent of all cores), and this benchmark's own.</summary>
    public CpuUsage? Machine { get; private set; }

    public Dictionary<string, long?> Commits { get; } = [];
    public Dictionary<string, double?> PeakRssMb { get; } = [];

    public double? SteadyRssMb(string name) => _rss[name].Count == 0 ? null : Percentiles.Median(_rss[name]);

    public void WindowOpened()
    {
        _opened = DateTimeOffset.UtcNow;
        _machine = CpuMeter.Start(null);
        foreach (var server in servers)
        {
            _cpu[server.Name] = CpuMeter.Start(null, server.Pid);
            _commitsBefore[server.Name] = [.. server.DatabasePaths.Select(SqliteCommitCounter.Read)];
        }
    }

    public void WindowClosed()
    {
        _closed = DateTimeOffset.UtcNow;
        Machine = _machine?.Stop();
        foreach (var server in servers)
        {
            CpuPercent[server.Name] = _cpu[server.Name].Stop().ServerPercent;
            Commits[server.Name] = CommitsSince(_commitsBefore[server.Name], server.DatabasePaths);
            PeakRssMb[server.Name] = ProcessMemory.Read(server.Pid)?.PeakMb;
        }
    }

    /// <summary>The commits on all of a server's files since <paramref name="before"/>; unknown if any file's are.</summary>
    static long? CommitsSince(uint?[] before, IReadOnlyList<string> files)
    {
        long total = 0;
        for (var i = 0; i < files.Count; i++)
        {
            if (SqliteCommitCounter.Between(before[i], SqliteCommitCounter.Read(files[i])) is not { } commits)
                return null;
            total += commits;
        }

        return total;
    }

    /// <summary>The window's fsyncs, once the servers have stopped (strace writes its log as it goes, flushed at exit).</summary>
    public FsyncCounts? Fsyncs(WatchedServer server) => server.Fsyncs?.Count(_opened, _closed);

    public void Tick(LifecycleProgress progress)
    {
        var now = Stopwatch.GetTimestamp();
        var seconds = Stopwatch.GetElapsedTime(_lastTick, now).TotalSeconds;
        var perSecond = seconds > 0 ? (progress.Completed - _lastCompleted) / seconds : 0;
        (_lastTick, _lastCompleted) = (now, progress.Completed);

        var cpu = 0.0;
        var rss = 0.0;
        foreach (var server in servers)
        {
            var time = ProcessorTime(server.Pid);
            if (time is { } t && _lastCpuTime[server.Name] is { } last && seconds > 0)
                cpu += 100 * (t - last).TotalSeconds / seconds;
            _lastCpuTime[server.Name] = time;
            if (ProcessMemory.Read(server.Pid) is { } memory)
            {
                rss += memory.RssMb;
                if (progress.Stage == LifecycleStage.Measuring)
                    _rss[server.Name].Add(memory.RssMb);
            }
        }

        var stage = progress.Stage switch
        {
            LifecycleStage.WarmUp => "warm-up  ",
            LifecycleStage.Measuring => "measuring",
            _ => "draining ",
        };
        Console.Write(string.Create(CultureInfo.InvariantCulture,
            $"\r      {stage} {progress.Into.TotalSeconds,4:0} s: {perSecond,6:0.0} lifecycles/s, {progress.Completed,7} done, " +
            $"{progress.InFlight,5} in flight, {progress.Errors,4} errors; server CPU {cpu,4:0} %, RSS {rss,5:0} MB   "));
    }

    /// <summary>Ends the progress line, so what follows starts on a line of its own.</summary>
    public static void EndProgress() => Console.WriteLine();

    static TimeSpan? ProcessorTime(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.TotalProcessorTime;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return null; // gone
        }
    }
}
