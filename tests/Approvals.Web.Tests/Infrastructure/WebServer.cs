using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Approvals.Web.Tests.Infrastructure;

/// <summary>
/// The built server as a real process with every role (the web app included), in Development, on a free loopback port,
/// with its own SQLite database and data protection keys in a temporary folder deleted afterwards.
/// </summary>
public sealed class WebServer : IAsyncDisposable
{
    static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(2);

    readonly Process _process;
    readonly ConcurrentQueue<string> _output = new();

    WebServer(Process process, Uri baseAddress, string folder)
    {
        _process = process;
        BaseAddress = baseAddress;
        Folder = folder;
    }

    public Uri BaseAddress { get; }

    /// <summary>The temporary folder holding the database and the keys.</summary>
    public string Folder { get; }

    public string KeysDirectory => Path.Combine(Folder, "keys");

    public string Output => string.Join(Environment.NewLine, _output);

    public static async Task<WebServer> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("approvals-web-tests-").FullName;
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        foreach (var argument in new[] { RepositoryPaths.ServerAssembly, "--urls", baseAddress.ToString() })
            start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Approvals"] = $"Data Source={Path.Combine(folder, "approvals.db")}";
        start.Environment["Web__DataProtectionKeysDirectory"] = Path.Combine(folder, "keys");

        var process = new Process { StartInfo = start };
        var server = new WebServer(process, baseAddress, folder);
        process.OutputDataReceived += (_, e) => server.Record(e.Data);
        process.ErrorDataReceived += (_, e) => server.Record(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilReadyAsync();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartLimit;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The server exited with {_process.ExitCode}:\n{Output}");
            try
            {
                using var ready = await http.GetAsync("/health/ready");
                if (ready.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"/health/ready did not answer 200 within {StartLimit}:\n{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the dying process; the temp folder is cleaned by the system eventually.
        }
    }

    void Record(string? line)
    {
        if (line is null)
            return;
        _output.Enqueue(line);
        while (_output.Count > 200)
            _output.TryDequeue(out _);
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
