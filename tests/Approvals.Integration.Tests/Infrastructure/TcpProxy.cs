using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Approvals.Integration.Tests.Infrastructure;

/// <summary>
/// socat between the services and the broker, so a test can cut the network without touching either: killing socat
/// (with the child it forked per connection) drops every connection at once, and new ones are refused until it is back.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    readonly int _target;
    Process? _socat;

    TcpProxy(int port, int target)
    {
        Port = port;
        _target = target;
    }

    public int Port { get; }

    public static async Task<TcpProxy> Start(int targetPort)
    {
        var proxy = new TcpProxy(FreePort(), targetPort);
        await proxy.Restore();
        return proxy;
    }

    /// <summary>Starts socat again on the same port and waits until it accepts connections.</summary>
    public async Task Restore()
    {
        var start = new ProcessStartInfo("socat") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add($"TCP-LISTEN:{Port},bind=127.0.0.1,fork,reuseaddr");
        start.ArgumentList.Add($"TCP:127.0.0.1:{_target}");
        _socat = Process.Start(start) ?? throw new InvalidOperationException("socat did not start; build/broker.sh start installs it.");

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            if (_socat.HasExited)
                throw new InvalidOperationException($"socat exited with {_socat.ExitCode}: {await _socat.StandardError.ReadToEndAsync()}");
            using var probe = new TcpClient();
            try
            {
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>Kills socat and the per-connection children it forked: every proxied connection breaks.</summary>
    public async Task Cut()
    {
        if (_socat is null)
            return;
        if (!_socat.HasExited)
            _socat.Kill(entireProcessTree: true);
        await _socat.WaitForExitAsync();
        _socat.Dispose();
        _socat = null;
    }

    public async ValueTask DisposeAsync() => await Cut();

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
