using Approvals.Persistence;
using Xunit.Abstractions;

namespace Approvals.Integration.Tests.Infrastructure;

/// <summary>
/// Server processes sharing a temporary data directory; keeps every process it ever started, dead or alive, so that a
/// failure can show what each one printed.
/// </summary>
public abstract class Deployment : IAsyncDisposable
{
    readonly List<ServerProcess> _servers = [];
    readonly Dictionary<ServerProcess, ServerSettings> _settings = [];
    readonly List<string> _notes = [];
    readonly DateTime _started = DateTime.UtcNow;

    /// <summary>Where <see cref="Note"/> also writes, so a passing run shows its timings too.</summary>
    public ITestOutputHelper? Output { get; init; }

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("approvals-it-").FullName;
    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };
    public static TimeSpan StartTimeout { get; } = TimeSpan.FromSeconds(60);

    /// <summary>The test's own steps, timed from the start of the deployment.</summary>
    public string Notes
    {
        get
        {
            lock (_notes)
                return string.Join("\n", _notes);
        }
    }

    /// <summary>The test's steps, then everything the processes printed, to explain a failure.</summary>
    public string Logs
    {
        get
        {
            lock (_servers)
                return $"== test steps ==\n{Notes}\n\n" + string.Join("\n\n", _servers.Select(s => $"== {s.Describe()} ==\n{s.Output}"));
        }
    }

    /// <summary>Records a step of the test (a fault injected, a phase reached) with its time.</summary>
    public void Note(string step)
    {
        var line = $"{(DateTime.UtcNow - _started).TotalSeconds,7:F1}s  {step}";
        lock (_notes)
            _notes.Add(line);
        Output?.WriteLine(line);
    }

    public string DatabaseFile(string name) => Path.Combine(DataDirectory, name + ".db");

    /// <summary>Where a service keeps its data when its process was given <paramref name="processDatabase"/> (a file per service).</summary>
    public static string ServiceFile(string processDatabase, string service) => SqliteDataSource.ServiceFile(processDatabase, service);

    public ServerProcess Start(ServerSettings settings)
    {
        var server = ServerProcess.Start(settings.ToLaunch());
        lock (_servers)
        {
            _servers.Add(server);
            _settings.Add(server, settings);
        }

        return server;
    }

    /// <summary>The settings <paramref name="server"/> was started with.</summary>
    public ServerSettings SettingsOf(ServerProcess server)
    {
        lock (_servers)
            return _settings[server];
    }

    /// <summary>Kills <paramref name="server"/> if it still runs and starts it again on the same port and file, without faults.</summary>
    public async Task<ServerProcess> Restart(ServerProcess server)
    {
        await server.Kill();
        return Start(SettingsOf(server).WithoutFaults() with { HttpPort = server.BaseAddress.Port });
    }

    /// <summary>Runs a test body; any failure carries the servers' output, which is where its cause usually is.</summary>
    public async Task Explain(Func<Task> body)
    {
        try
        {
            await body();
        }
        catch (Exception e) when (e is not ExplainedFailureException)
        {
            throw new ExplainedFailureException($"{e.GetType().Name}: {e.Message}\n\n--- server output ---\n{Logs}", e);
        }
    }

    public virtual async ValueTask DisposeAsync()
    {
        List<ServerProcess> servers;
        lock (_servers)
            servers = [.. _servers];
        foreach (var server in servers)
            await server.DisposeAsync();
        Http.Dispose();
        Directory.Delete(DataDirectory, recursive: true);
        GC.SuppressFinalize(this);
    }
}

/// <summary>A test failure already annotated with the servers' output.</summary>
public sealed class ExplainedFailureException(string message, Exception inner) : Exception(message, inner);
