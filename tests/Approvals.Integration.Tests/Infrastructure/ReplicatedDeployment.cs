using Approvals.Integration.Tests.Accounting;
using Xunit.Abstractions;

namespace Approvals.Integration.Tests.Infrastructure;

/// <summary>
/// Every role as replicas, each its own process, over one RabbitMQ virtual host and one PostgreSQL database: the
/// distributed deployment as Kubernetes runs it. The first process of each role migrates its service's schema, as the
/// release's migration Job would; the replicas after it start with <c>Database:MigrateOnStartup=false</c>.
/// </summary>
public sealed class ReplicatedDeployment : Deployment
{
    readonly PostgresTestDatabase _database = PostgresTestDatabase.Create();
    readonly Dictionary<string, List<ServerProcess>> _replicas = new(StringComparer.Ordinal);

    ReplicatedDeployment()
    {
    }

    public string VirtualHost { get; } = $"approvals-{Guid.NewGuid():N}";

    public PostgresServiceDatabases Databases => new(_database.ConnectionString);

    /// <summary>The processes started for <paramref name="role"/>, in start order, dead or alive.</summary>
    public IReadOnlyList<ServerProcess> Replicas(string role) => _replicas.TryGetValue(role, out var list) ? list : [];

    /// <summary>
    /// A deployment with <paramref name="replicas"/> processes per role (e.g. intake 2, workflow 3), all ready: one of
    /// each role first, migrating, then the rest.
    /// </summary>
    public static async Task<ReplicatedDeployment> Start(ITestOutputHelper output, IReadOnlyDictionary<string, int> replicas)
    {
        var deployment = new ReplicatedDeployment { Output = output };
        try
        {
            await Broker.EnsureReachable();
            await Broker.AddVirtualHost(deployment.VirtualHost);
            await deployment.StartReady(replicas.Keys.Select(role => (role, migrate: true)));
            await deployment.StartReady(replicas.SelectMany(r => Enumerable.Repeat((role: r.Key, migrate: false), r.Value - 1)));
            return deployment;
        }
        catch
        {
            await deployment.DisposeAsync();
            throw;
        }
    }

    async Task StartReady(IEnumerable<(string Role, bool Migrate)> processes)
    {
        var started = processes.Select(p => StartReplica(p.Role, p.Migrate)).ToList();
        await Task.WhenAll(started.Select(server => server.WaitUntilReady(StartTimeout)));
        Note($"ready: {string.Join(", ", started.Select(s => s.Launch.Label))}");
    }

    ServerProcess StartReplica(string role, bool migrate)
    {
        // The SQLite path ServerSettings wants is never used: the PostgreSQL settings replace it.
        var server = Start(new ServerSettings(role, DatabaseFile(role)) { VirtualHost = VirtualHost, Environment = PostgresSettings.For(_database, migrate) });
        if (!_replicas.TryGetValue(role, out var list))
            _replicas[role] = list = [];
        list.Add(server);
        return server;
    }

    /// <summary>The virtual host's queues with the messages each holds; the trail's too, since an audit process runs.</summary>
    public Task<IReadOnlyDictionary<string, int>> Queues() => Broker.Queues(VirtualHost);

    public async Task<LedgerReport> Settle(Ledger ledger, TimeSpan timeout)
    {
        var report = await ledger.Settle(Databases, Queues, timeout);
        Note(report.ToString());
        return report;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Broker.DeleteVirtualHost(VirtualHost);
        await _database.DisposeAsync();
    }
}
