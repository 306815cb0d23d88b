using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Approvals.Testing;

/// <summary>
/// The built server as a real process on a loopback port. Keeps the tail of what it prints for failure messages and,
/// when APPROVALS_TEST_LOG_DIR is set (build/test.sh sets it), every line in a file there.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    public static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(2);

    readonly Process _process;
    readonly ConcurrentQueue<string> _output = new();
    readonly StreamWriter? _logFile = OpenLogFile();
    readonly HttpClient _health;

    ServerProcess(ServerLaunch launch, Process process, Uri baseAddress)
    {
        Launch = launch;
        _process = process;
        BaseAddress = baseAddress;
        // Generous: a server whose broker is away may answer its health checks slowly, and that answer is what tests look at.
        _health = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public ServerLaunch Launch { get; }
    public Uri BaseAddress { get; }
    public int Pid => _process.Id;
    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the process printed, for failure messages.</summary>
    public string Output => string.Join(Environment.NewLine, _output.TakeLast(200));

    /// <summary>Label, address and state, to head <see cref="Output"/>.</summary>
    public string Describe() => $"{Launch.Label} at {BaseAddress}" + (HasExited ? $", exited with {_process.ExitCode}" : "");

    public static ServerProcess Start(ServerLaunch launch)
    {
        var serverAssembly = launch.ServerAssembly ?? RepositoryPaths.ServerAssembly;
        var baseAddress = new Uri($"http://127.0.0.1:{launch.Port ?? FreePort()}");
        var command = launch.Wrapper.Concat(["dotnet", serverAssembly, "--urls", baseAddress.ToString(), .. launch.Arguments]).ToList();
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = launch.WorkingDirectory ?? Path.GetDirectoryName(serverAssembly)!,
        };
        foreach (var argument in command.Skip(1))
            start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var (name, value) in launch.Environment)
            start.Environment[name] = value;

        var process = new Process { StartInfo = start };
        var server = new ServerProcess(launch, process, baseAddress);
        process.OutputDataReceived += (_, e) => server.Record(e.Data);
        process.ErrorDataReceived += (_, e) => server.Record(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>Starts the process and waits until it is ready; one that never gets there is killed.</summary>
    public static async Task<ServerProcess> StartReadyAsync(ServerLaunch launch)
    {
        var server = Start(launch);
        try
        {
            await server.WaitUntilReady(StartLimit);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public Task WaitUntilReady(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        WaitFor("/health/ready", timeout, cancellationToken);

    /// <summary>Up and answering HTTP, whatever the state of its broker connection.</summary>
    public Task WaitUntilLive(TimeSpan timeout) => WaitFor("/health/live", timeout, CancellationToken.None);

    /// <summary>The status code of a health endpoint, or null while nothing answers.</summary>
    public async Task<HttpStatusCode?> Health(string path, CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await _health.GetAsync(path, cancellationToken);
            return response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return null;
        }
    }

    async Task WaitFor(string path, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var elapsed = Stopwatch.StartNew();
        while (elapsed.Elapsed < timeout)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The {Launch.Label} exited with {_process.ExitCode}:\n{Output}");
            if (await Health(path, cancellationToken) == HttpStatusCode.OK)
                return;
            await Task.Delay(200, cancellationToken);
        }

        throw new TimeoutException($"{path} of the {Launch.Label} did not answer 200 within {timeout}:\n{Output}");
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
            throw new TimeoutException($"The {Launch.Label} was still running after {timeout}:\n{Output}");
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

    /// <summary>SIGTERM, so hosted services and SQLite close cleanly; killed if still running after 20 s.</summary>
    public async Task Stop()
    {
        if (_process.HasExited)
            return;
        using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
            await term.WaitForExitAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await _process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            await Kill();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Kill();
        _process.Dispose();
        _health.Dispose();
        if (_logFile is not null)
            await _logFile.DisposeAsync();
    }

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
                _logFile.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {Launch.Label}: {line}");
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
