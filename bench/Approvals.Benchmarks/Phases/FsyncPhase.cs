using System.Diagnostics;
using Approvals.Benchmarks.Measurement;

namespace Approvals.Benchmarks.Phases;

/// <summary>P0: how many durable writes the disk takes per second, the ceiling under every commit that follows.</summary>
public sealed class FsyncPhase(BenchContext context) : IPhase
{
    public string Id => "P0 fsync";
    public string Title => "write 4 KiB at offset 0 + fsync, one file, one thread";
    public string Unit => "fsync/s";

    public Task<PhaseResult> Run(int repetition, CancellationToken cancellationToken) => Task.Run(() =>
    {
        var result = new PhaseResult(Id, repetition);
        var path = context.DataPath("fsync.probe");
        var block = new byte[4096];
        System.Security.Cryptography.RandomNumberGenerator.Fill(block);
        var latencies = new List<double>();
        var meter = CpuMeter.Start(null);
        var started = Stopwatch.GetTimestamp();
        using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0))
        {
            while (Stopwatch.GetElapsedTime(started) < context.Options.PhysicalDuration && !cancellationToken.IsCancellationRequested)
            {
                var one = Stopwatch.GetTimestamp();
                file.Position = 0;
                file.Write(block);
                file.Flush(flushToDisk: true);
                latencies.Add(Stopwatch.GetElapsedTime(one).TotalMilliseconds);
            }
        }

        result.Seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        result.Cpu = meter.Stop();
        result.Completed = latencies.Count;
        result.P50Ms = Percentiles.Of(latencies, 50);
        result.P99Ms = Percentiles.Of(latencies, 99);
        File.Delete(path);
        return result;
    }, cancellationToken);
}
