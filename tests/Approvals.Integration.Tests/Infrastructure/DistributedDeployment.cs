namespace Approvals.Integration.Tests.Infrastructure;

/// <summary>
/// Intake, Review and Workflow as three separate server processes over one RabbitMQ virtual host, each with its own
/// SQLite file: the production shape on one machine.
/// </summary>
public sealed class DistributedDeployment : IAsyncLifetime
{
    readonly string _virtualHost = $"approvals-{Guid.NewGuid():N}";
    readonly string _dataDirectory = Directory.CreateTempSubdirectory("approvals-it-").FullName;
    readonly List<ServerProcess> _servers = [];

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };
    public ServerProcess Intake { get; private set; } = null!;
    public ServerProcess Review { get; private set; } = null!;
    public ServerProcess Workflow { get; private set; } = null!;

    /// <summary>Everything the processes printed, to explain a failure.</summary>
    public string Logs => string.Join("\n\n", _servers.Select(s => $"== {s.Roles} ==\n{s.Output}"));

    public async Task InitializeAsync()
    {
        await Broker.EnsureReachable();
        await Broker.AddVirtualHost(_virtualHost);

        Intake = Start("intake");
        Review = Start("review");
        Workflow = Start("workflow");
        foreach (var server in _servers)
            await server.WaitUntilReady(Http, TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync()
    {
        foreach (var server in _servers)
            await server.DisposeAsync();
        Http.Dispose();
        await Broker.DeleteVirtualHost(_virtualHost);
        Directory.Delete(_dataDirectory, recursive: true);
    }

    ServerProcess Start(string roles)
    {
        var server = ServerProcess.Start(roles, _virtualHost, _dataDirectory);
        _servers.Add(server);
        return server;
    }
}
