using Approvals.Integration.Tests.Accounting;

namespace Approvals.Integration.Tests.Infrastructure;

/// <summary>The embedded default: one process with every role, the in-memory transport and a SQLite file per service.</summary>
public sealed class EmbeddedDeployment : Deployment
{
    public string Database => DatabaseFile("approvals");

    public ServiceDatabases Databases =>
        new(ServiceFile(Database, "intake"), ServiceFile(Database, "review"), ServiceFile(Database, "workflow"), ServiceFile(Database, "audit"));

    /// <summary>Waits until <paramref name="ledger"/> balances against the services' databases (no broker to ask).</summary>
    public async Task<LedgerReport> Settle(Ledger ledger, TimeSpan timeout)
    {
        var report = await ledger.Settle(Databases, queues: null, timeout);
        Note(report.ToString());
        return report;
    }

    public async Task<ServerProcess> StartServer()
    {
        var server = Start(new ServerSettings("all", Database));
        await server.WaitUntilReady(StartTimeout);
        return server;
    }
}
