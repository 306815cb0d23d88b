using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Approvals.Benchmarks.Measurement;

namespace Approvals.Benchmarks.Phases;

/// <summary>P0: one TCP round trip on loopback, the floor under every broker hop and HTTP call.</summary>
public sealed class LoopbackPhase(BenchContext context) : IPhase
{
    const int MessageBytes = 64;

    public string Id => "P0 loopback";
    public string Title => $"TCP ping-pong of {MessageBytes} bytes on 127.0.0.1, one connection";
    public string Unit => "rtt/s";

    public async Task<PhaseResult> Run(int repetition, CancellationToken cancellationToken)
    {
        var result = new PhaseResult(Id, repetition);
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var echo = Echo(listener, cancellationToken);

        using var client = new TcpClient { NoDelay = true };
        await client.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)listener.LocalEndpoint).Port, cancellationToken);
        var stream = client.GetStream();
        var buffer = new byte[MessageBytes];
        var latencies = new List<double>();
        var duration = context.Options.PhysicalDuration / 2;
        var meter = CpuMeter.Start(null);
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < duration)
        {
            var one = Stopwatch.GetTimestamp();
            await stream.WriteAsync(buffer, cancellationToken);
            await stream.ReadExactlyAsync(buffer, cancellationToken);
            latencies.Add(Stopwatch.GetElapsedTime(one).TotalMilliseconds);
        }

        result.Seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        result.Cpu = meter.Stop();
        client.Close();
        await echo;

        result.Completed = latencies.Count;
        result.P50Ms = Percentiles.Of(latencies, 50);
        result.P99Ms = Percentiles.Of(latencies, 99);
        return result;
    }

    static async Task Echo(TcpListener listener, CancellationToken cancellationToken)
    {
        using var server = await listener.AcceptTcpClientAsync(cancellationToken);
        server.NoDelay = true;
        var stream = server.GetStream();
        var buffer = new byte[MessageBytes];
        try
        {
            while (true)
            {
                await stream.ReadExactlyAsync(buffer, cancellationToken);
                await stream.WriteAsync(buffer, cancellationToken);
            }
        }
        catch (IOException)
        {
            // The client closed: done.
        }
    }
}
