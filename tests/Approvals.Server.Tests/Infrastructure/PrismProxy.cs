using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Approvals.Server.Tests.Infrastructure;

/// <summary>
/// Stoplight Prism in proxy mode: forwards every request to <c>upstream</c> and reports, in each answer's
/// <c>sl-violations</c> header, where the request or the answer departs from the OpenAPI document. The tool comes
/// from <c>build/api</c> (pinned in its package-lock.json), installed by <c>build/api/install.sh</c> when missing.
/// </summary>
public sealed class PrismProxy : IAsyncDisposable
{
    readonly Process process;
    readonly StringBuilder output = new();

    PrismProxy(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Everything Prism printed, for a failure message.</summary>
    public string Output
    {
        get
        {
            lock (output)
                return output.ToString();
        }
    }

    public static async Task<PrismProxy> StartAsync(string documentPath, Uri upstream)
    {
        var tools = Path.Combine(RepositoryPaths.Root, "build", "api");
        var prism = Path.Combine(tools, "node_modules", ".bin", "prism");
        if (!File.Exists(prism))
            await RunAsync(Path.Combine(tools, "install.sh"));

        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo(prism)
        {
            ArgumentList = { "proxy", documentPath, upstream.ToString().TrimEnd('/'), "--host", "127.0.0.1", "--port", $"{port}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = tools,
        };
        var proxy = new PrismProxy(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}"));
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Collect(object _, DataReceivedEventArgs line)
        {
            if (line.Data is null)
                return;
            lock (proxy.output)
                proxy.output.AppendLine(line.Data);
            if (line.Data.Contains("Prism is listening", StringComparison.Ordinal))
                listening.TrySetResult();
        }

        proxy.process.OutputDataReceived += Collect;
        proxy.process.ErrorDataReceived += Collect;
        proxy.process.BeginOutputReadLine();
        proxy.process.BeginErrorReadLine();
        proxy.process.EnableRaisingEvents = true;
        proxy.process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"Prism stopped:\n{proxy.Output}"));
        await listening.Task.WaitAsync(TimeSpan.FromMinutes(2));
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    static async Task RunAsync(string script)
    {
        using var install = Process.Start(new ProcessStartInfo(script) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var stdout = install.StandardOutput.ReadToEndAsync();
        var stderr = install.StandardError.ReadToEndAsync();
        await install.WaitForExitAsync();
        if (install.ExitCode != 0)
            throw new InvalidOperationException($"{script} failed ({install.ExitCode}):\n{await stdout}\n{await stderr}");
    }

    static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

}
