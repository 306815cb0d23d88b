using Approvals.Audit;
using Approvals.Integration.Tests.Accounting;
using Approvals.Integration.Tests.Load;
using Xunit.Abstractions;

namespace Approvals.Integration.Tests.Infrastructure;

/// <summary>
/// Intake, Review and Workflow as three separate server processes over one RabbitMQ virtual host, each with its own
/// SQLite file, or all on one PostgreSQL database (<see cref="Storage"/>): the production shape on one machine. As an
/// xunit fixture it starts all three; fault tests create one with <see cref="Create"/> and start what they need, when
/// they need it. On the single broker by default; on the three-node cluster (<see cref="BrokerCluster"/>) with
/// <see cref="CreateOnCluster"/>.
/// </summary>
public sealed class DistributedDeployment : Deployment, IAsyncLifetime
{
    public string VirtualHost { get; } = $"approvals-{Guid.NewGuid():N}";

    /// <summary>Where the processes find RabbitMQ: the broker, or a proxy in front of it.</summary>
    public int BrokerPort { get; set; } = Broker.Port;

    /// <summary>The cluster's nodes the processes are given (<c>Messaging:RabbitMq:Hosts</c>); empty on the single broker.</summary>
    public IReadOnlyList<string> BrokerHosts { get; private init; } = [];

    bool OnCluster => BrokerHosts.Count > 0;

    public ServerProcess Intake { get; set; } = null!;
    public ServerProcess Review { get; set; } = null!;
    public ServerProcess Workflow { get; set; } = null!;

    /// <summary>The services' one database when they run on PostgreSQL; null on their SQLite files.</summary>
    PostgresTestDatabase? Postgres { get; init; }

    /// <summary>Where the ledger reads the services' state: their SQLite files, or their PostgreSQL database.</summary>
    public IServiceDatabases Stored => Postgres is { } database ? new PostgresServiceDatabases(database.ConnectionString) : Databases;

    /// <summary>The SQLite file of each service, the same for every instance of that service (beside its process's database).</summary>
    public ServiceDatabases Databases =>
        new(ServiceFile(DatabaseFile("intake"), "intake"), ServiceFile(DatabaseFile("review"), "review"), ServiceFile(DatabaseFile("workflow"), "workflow"));

    /// <summary>A deployment with its virtual host but no process yet.</summary>
    public static async Task<DistributedDeployment> Create(ITestOutputHelper output, Storage storage = Storage.Sqlite)
    {
        var deployment = new DistributedDeployment { Output = output, Postgres = storage == Storage.PostgreSql ? PostgresTestDatabase.Create() : null };
        await deployment.Prepare();
        return deployment;
    }

    /// <summary>A deployment with its virtual host on the three-node cluster, its processes given every node, none started yet.</summary>
    public static async Task<DistributedDeployment> CreateOnCluster(ITestOutputHelper output)
    {
        var deployment = new DistributedDeployment { Output = output, BrokerPort = BrokerCluster.Port, BrokerHosts = await BrokerCluster.Hosts() };
        await deployment.Prepare();
        return deployment;
    }

    /// <summary>
    /// A fault scenario on a deployment of its own: created, given to <paramref name="scenario"/>, its servers' output
    /// attached to any failure (<see cref="Deployment.Explain"/>), and removed with its virtual host afterwards.
    /// </summary>
    public static async Task Run(ITestOutputHelper output, Func<DistributedDeployment, Task> scenario, Storage storage = Storage.Sqlite) =>
        await RunScenario(await Create(output, storage), scenario);

    /// <summary><see cref="Run(ITestOutputHelper, Func{DistributedDeployment, Task}, Storage)"/> on the three-node cluster.</summary>
    public static async Task RunOnCluster(ITestOutputHelper output, Func<DistributedDeployment, Task> scenario) =>
        await RunScenario(await CreateOnCluster(output), scenario);

    static async Task RunScenario(DistributedDeployment created, Func<DistributedDeployment, Task> scenario)
    {
        await using var deployment = created;
        await deployment.Explain(() => scenario(deployment));
    }

    async Task Prepare()
    {
        if (OnCluster)
        {
            await BrokerCluster.EnsureReachable();
            await BrokerCluster.AddVirtualHost(VirtualHost);
        }
        else
        {
            await Broker.EnsureReachable();
            await Broker.AddVirtualHost(VirtualHost);
        }
    }

    public async Task InitializeAsync()
    {
        await Prepare();
        await StartAll();
    }

    /// <summary>Starts Intake, Review and Workflow, optionally waiting until each is ready (database and broker).</summary>
    public async Task StartAll(bool waitUntilReady = true)
    {
        Note("starting intake, review and workflow");
        Intake = StartService("intake");
        Review = StartService("review");
        Workflow = StartService("workflow");
        foreach (var server in new[] { Intake, Review, Workflow })
        {
            if (waitUntilReady)
                await server.WaitUntilReady(StartTimeout);
            else
                await server.WaitUntilLive(StartTimeout);
        }

        Note(waitUntilReady ? "all three ready" : "all three live");
    }

    /// <summary>
    /// Intake, Review and Workflow ready, then a second instance of <paramref name="roles"/> on the same database, ready
    /// too: two processes of one service racing each other.
    /// </summary>
    public async Task<ServerProcess> StartAllAndASecond(string roles)
    {
        await StartAll();
        var second = StartService(roles);
        await second.WaitUntilReady(StartTimeout);
        return second;
    }

    /// <summary>The scenario's prescriber at Intake and reviewer at Review.</summary>
    public Task<(ApiUser Prescriber, ApiUser Reviewer)> SignIn(string prescriberId = "fault-prescriber", string reviewerId = "fault-reviewer") =>
        Users.SignIn(Http, Intake.BaseAddress, Review.BaseAddress, prescriberId, reviewerId);

    /// <summary>One more process for <paramref name="roles"/>; instances of one service share its SQLite file, or the database.</summary>
    public ServerProcess StartService(string roles, IReadOnlyDictionary<string, string>? environment = null)
    {
        var settings = Postgres is { } database ? PostgresSettings.For(database) : [];
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            settings[name] = value;
        return Start(new ServerSettings(roles, DatabaseFile(roles))
        {
            VirtualHost = VirtualHost,
            BrokerPort = BrokerPort,
            BrokerHosts = BrokerHosts,
            Environment = settings,
        });
    }

    /// <summary>
    /// The queues of the three services. The trail's queue is left out: no audit process runs here, and publishers
    /// declare its queue so that the trail misses nothing, so it fills with every audited event by design.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, int>> Queues() =>
        (OnCluster ? await BrokerCluster.Queues(VirtualHost) : await Broker.Queues(VirtualHost))
            .Where(queue => queue.Key != AuditRegistration.Queue).ToDictionary(StringComparer.Ordinal);

    /// <summary>Waits until <paramref name="ledger"/> balances against the three databases and the virtual host's queues.</summary>
    public async Task<LedgerReport> Settle(Ledger ledger, TimeSpan timeout)
    {
        var report = await ledger.Settle(Stored, Queues, timeout);
        Note(report.ToString());
        return report;
    }

    /// <summary>
    /// The end of every fault scenario under load: once the ledger balances, each accepted request is in the review
    /// queue exactly once; the reviewer approves them all, and the ledger must balance again with every one approved.
    /// </summary>
    public async Task ApproveEveryAccepted(Ledger ledger, ApiUser reviewer, TimeSpan patience)
    {
        await Settle(ledger, patience);
        var reviews = await ReviewQueue.WaitForEach(reviewer, ledger.AcceptedIds, patience);
        await ReviewQueue.ApproveAll(reviewer, reviews.Values);
        Note("all approved");
        ledger.ExpectAll(Expectation.Approved);
        await Settle(ledger, patience);
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (OnCluster)
            await BrokerCluster.DeleteVirtualHost(VirtualHost);
        else
            await Broker.DeleteVirtualHost(VirtualHost);
        if (Postgres is { } database)
            await database.DisposeAsync();
    }
}
