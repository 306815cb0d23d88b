using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Approvals.Integration.Tests.Infrastructure;

/// <summary>One Approvals.Server process hosting the given roles, on its own port, with its own SQLite file.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    readonly Process _process;
    readonly ConcurrentQueue<string> _output = new();

    ServerProcess(string roles, Process process, Uri baseAddress)
    {
        Roles = roles;
        _process = process;
        BaseAddress = baseAddress;
    }

    public string Roles { get; }
    public Uri BaseAddress { get; }

    /// <summary>The process's console output so far, for failure messages.</summary>
    public string Output => string.Join(Environment.NewLine, _output.TakeLast(200));

    public static ServerProcess Start(string roles, string virtualHost, string dataDirectory)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // The content root is the working directory: run where appsettings*.json are, keep data elsewhere.
            WorkingDirectory = Path.GetDirectoryName(RepositoryPaths.ServerAssembly)!,
        };
        foreach (var argument in new[] { RepositoryPaths.ServerAssembly, "--roles", roles, "--urls", baseAddress.ToString() })
            start.ArgumentList.Add(argument);

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Approvals"] = $"Data Source={Path.Combine(dataDirectory, roles.Replace(',', '-') + ".db")}";
        start.Environment["Messaging__Transport"] = "RabbitMq";
        start.Environment["Messaging__RabbitMq__Host"] = "127.0.0.1";
        start.Environment["Messaging__RabbitMq__Port"] = Broker.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["Messaging__RabbitMq__VirtualHost"] = virtualHost;

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var server = new ServerProcess(roles, process, baseAddress);
        process.OutputDataReceived += (_, e) => server.Record(e.Data);
        process.ErrorDataReceived += (_, e) => server.Record(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    public async Task WaitUntilReady(HttpClient http, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The {Roles} server exited with {_process.ExitCode}:\n{Output}");
            try
            {
                using var response = await http.GetAsync(new Uri(BaseAddress, "/health/ready"));
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The {Roles} server was not ready within {timeout}:\n{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    void Record(string? line)
    {
        if (line is null)
            return;
        _output.Enqueue(line);
        while (_output.Count > 500)
            _output.TryDequeue(out _);
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
