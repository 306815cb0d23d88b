using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Approvals.Integration.Tests.Infrastructure;

/// <summary>One Approvals.Server process hosting the given roles, on its own port, with its own SQLite file.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    readonly Process _process;
    readonly ConcurrentQueue<string> _output = new();
    readonly StreamWriter? _logFile = OpenLogFile();

    ServerProcess(ServerSettings settings, Process process, Uri baseAddress)
    {
        Settings = settings;
        _process = process;
        BaseAddress = baseAddress;
    }

    public ServerSettings Settings { get; }
    public string Roles => Settings.Roles;
    public Uri BaseAddress { get; }
    public bool HasExited => _process.HasExited;

    /// <summary>The process's console output so far, for failure messages.</summary>
    public string Output => string.Join(Environment.NewLine, _output.TakeLast(200));

    /// <summary>Roles and state, to label <see cref="Output"/>.</summary>
    public string Describe() => $"{Roles} at {BaseAddress}" + (HasExited ? $", exited with {_process.ExitCode}" : "");

    public static ServerProcess Start(ServerSettings settings)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{settings.HttpPort ?? FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // Settings are read beside the binary from any directory; running there keeps relative paths where they were.
            WorkingDirectory = Path.GetDirectoryName(RepositoryPaths.ServerAssembly)!,
        };
        foreach (var argument in new[] { RepositoryPaths.ServerAssembly, "--roles", settings.Roles, "--urls", baseAddress.ToString() })
            start.ArgumentList.Add(argument);

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Approvals"] = $"Data Source={settings.DatabaseFile}";
        // The load drivers sign in once and decide for minutes; the signing step-up is not what these tests are about.
        start.Environment["Signing__MaxAuthenticationAge"] = "1.00:00:00";
        // The load drivers write as one prescriber and one reviewer, far faster than a person: the limiter stays on, out of reach.
        start.Environment["RateLimiting__Writes__PermitLimit"] = "1000000";
        if (settings.VirtualHost is { } virtualHost)
        {
            start.Environment["Messaging__Transport"] = "RabbitMq";
            start.Environment["Messaging__RabbitMq__Host"] = "127.0.0.1";
            start.Environment["Messaging__RabbitMq__Port"] = settings.BrokerPort.ToString(CultureInfo.InvariantCulture);
            start.Environment["Messaging__RabbitMq__VirtualHost"] = virtualHost;
        }

        foreach (var (name, value) in settings.Environment)
            start.Environment[name] = value;

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var server = new ServerProcess(settings, process, baseAddress);
        process.OutputDataReceived += (_, e) => server.Record(e.Data);
        process.ErrorDataReceived += (_, e) => server.Record(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    public Task WaitUntilReady(HttpClient http, TimeSpan timeout) => WaitFor(http, "/health/ready", timeout);

    /// <summary>Up and answering HTTP, whatever the state of its broker connection.</summary>
    public Task WaitUntilLive(HttpClient http, TimeSpan timeout) => WaitFor(http, "/health/live", timeout);

    /// <summary>The status code of a health endpoint, or null while nothing listens.</summary>
    public async Task<HttpStatusCode?> Health(HttpClient http, string path)
    {
        try
        {
            using var response = await http.GetAsync(new Uri(BaseAddress, path));
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    async Task WaitFor(HttpClient http, string path, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The {Roles} server exited with {_process.ExitCode}:\n{Output}");
            if (await Health(http, path) == HttpStatusCode.OK)
                return;
            await Task.Delay(200);
        }

        throw new TimeoutException($"{path} of the {Roles} server did not answer 200 within {timeout}:\n{Output}");
    }

    /// <summary>Waits for the process to end on its own (a crash the test provoked); returns its exit code.</summary>
    public async Task<int> WaitForExit(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The {Roles} server was still running after {timeout}:\n{Output}");
        }

        return _process.ExitCode;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, as in kill -9.</summary>
    public async Task Kill()
    {
        if (_process.HasExited)
            return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Kill();
        _process.Dispose();
        if (_logFile is not null)
            await _logFile.DisposeAsync();
    }

    /// <summary>APPROVALS_TEST_LOG_DIR keeps every line of every process, beyond the tail a failure message shows.</summary>
    static StreamWriter? OpenLogFile()
    {
        if (Environment.GetEnvironmentVariable("APPROVALS_TEST_LOG_DIR") is not { Length: > 0 } directory)
            return null;
        Directory.CreateDirectory(directory);
        return new StreamWriter(Path.Combine(directory, $"server-{DateTime.UtcNow:HHmmss}-{Guid.NewGuid():N}.log")) { AutoFlush = true };
    }

    void Record(string? line)
    {
        if (line is null)
            return;
        if (_logFile is not null)
        {
            lock (_logFile)
                _logFile.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {Roles}: {line}");
        }

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
