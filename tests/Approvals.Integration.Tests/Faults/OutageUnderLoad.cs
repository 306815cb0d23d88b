using Approvals.Integration.Tests.Accounting;
using Approvals.Integration.Tests.Infrastructure;
using Approvals.Integration.Tests.Load;

namespace Approvals.Integration.Tests.Faults;

/// <summary>
/// What the broker-outage tests do (F1 the broker killed, F3 the connection cut, cluster nodes lost): a steady stream
/// of submissions, the outage once a fifth of them are accepted, and then every accepted request must reach review
/// and decision exactly once, with every service still the process it was.
/// </summary>
static class OutageUnderLoad
{
    /// <param name="beforeLoad">Checks or choices on the running deployment that must not eat into the load's time.</param>
    public static async Task Run(DistributedDeployment deployment, Func<Ledger, Task> outage, Func<Task>? beforeLoad = null)
    {
        await deployment.StartAll();
        if (beforeLoad is not null)
            await beforeLoad();
        var (prescriber, reviewer) = await deployment.SignIn();
        var ledger = new Ledger(Expectation.InReview);
        var count = FaultScale.Requests(40);
        var patience = FaultScale.Patience(90);

        var load = new LoadDriver(prescriber, ledger).Paced(count, TimeSpan.FromMilliseconds(250));
        await Eventually.True(() => ledger.AcceptedCount >= count / 5, "the first requests were not accepted", patience);
        await outage(ledger);
        await load;
        deployment.Note($"load done: {ledger.AcceptedCount} accepted, {ledger.Unknown.Count} uncertain");

        Assert.Empty(ledger.Unknown); // a 202 needs only Intake's database, never the broker
        await deployment.ApproveEveryAccepted(ledger, reviewer, patience);
        Assert.All(new[] { deployment.Intake, deployment.Review, deployment.Workflow }, s => Assert.False(s.HasExited, s.Describe()));
    }
}
