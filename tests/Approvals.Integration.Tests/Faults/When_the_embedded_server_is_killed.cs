using Approvals.Integration.Tests.Accounting;
using Approvals.Integration.Tests.Infrastructure;
using Approvals.Integration.Tests.Load;
using Xunit.Abstractions;

namespace Approvals.Integration.Tests.Faults;

/// <summary>
/// The embedded default (one process, in-memory transport) killed with SIGKILL under concurrent submissions: whatever
/// the in-memory queues held is gone, and the retained outbox rows replayed at start-up must bring it back.
/// </summary>
[Trait(Category.Trait, Category.Fault)]
public sealed class When_the_embedded_server_is_killed(ITestOutputHelper output)
{
    [Fact]
    public async Task Should_bring_every_accepted_request_to_the_review_queue_exactly_once_after_the_restart()
    {
        await using var deployment = new EmbeddedDeployment { Output = output };
        await deployment.Explain(async () =>
        {
            var server = await deployment.StartServer();
            var (prescriber, reviewer) = await Users.SignIn(deployment.Http, server.BaseAddress, server.BaseAddress);
            var ledger = new Ledger(Expectation.InReview) { RetainsSentMessages = true };
            var count = FaultScale.Requests(50);
            var patience = FaultScale.Patience(60);

            var load = new LoadDriver(prescriber, ledger).Concurrent(count, parallelism: 4);
            await Eventually.True(() => ledger.AcceptedCount >= count / 2, "the first requests were not accepted", patience);
            await server.Kill();
            deployment.Note($"killed after {ledger.AcceptedCount} accepted");
            await load;
            deployment.Note($"load done: {ledger.AcceptedCount} accepted, {ledger.Unknown.Count} uncertain");

            server = await deployment.Restart(server);
            await server.WaitUntilReady(Deployment.StartTimeout);
            deployment.Note("restarted on the same database");

            await deployment.Settle(ledger, patience);
            var reviews = await ReviewQueue.WaitForEach(reviewer, ledger.AcceptedIds, patience);

            await ReviewQueue.ApproveAll(reviewer, reviews.Values);
            foreach (var id in ledger.AcceptedIds)
                ledger.Expect(id, Expectation.Approved);
            await deployment.Settle(ledger, patience);
        });
    }
}
