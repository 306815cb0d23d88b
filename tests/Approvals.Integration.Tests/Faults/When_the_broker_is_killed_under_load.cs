using System.Net;
using Approvals.Integration.Tests.Accounting;
using Approvals.Integration.Tests.Infrastructure;
using Approvals.Integration.Tests.Load;
using Xunit.Abstractions;

namespace Approvals.Integration.Tests.Faults;

/// <summary>F1: the broker crashes (kill -9) while prescribers submit, and comes back a few seconds later.</summary>
[Trait(Category.Trait, Category.Fault)]
public sealed class When_the_broker_is_killed_under_load(ITestOutputHelper output)
{
    [Fact]
    public async Task Should_bring_every_accepted_request_to_review_and_decision_exactly_once_without_restarting_a_service()
    {
        await using var deployment = await DistributedDeployment.Create(output);
        await deployment.Explain(async () =>
        {
            await deployment.StartAll();
            var (prescriber, reviewer) = await deployment.SignIn();
            var ledger = new Ledger(Expectation.InReview);
            var patience = FaultScale.Patience(90);

            var load = await new LoadDriver(prescriber, ledger).PacedPastAFifth(FaultScale.Requests(40), TimeSpan.FromMilliseconds(250), patience);
            try
            {
                await Broker.KillNode();
                deployment.Note($"broker killed after {ledger.AcceptedCount} accepted");
                await Task.Delay(TimeSpan.FromSeconds(3)); // the outage itself; correctness never waits on a sleep
            }
            finally
            {
                await Broker.Start();
            }

            deployment.Note($"broker back after {ledger.AcceptedCount} accepted");
            await load;
            deployment.Note($"load done: {ledger.AcceptedCount} accepted, {ledger.Unknown.Count} uncertain");

            Assert.Empty(ledger.Unknown); // a 202 needs only Intake's database, never the broker
            await deployment.ApproveEveryAccepted(ledger, reviewer, patience);

            // The same processes reconnected by themselves, and say so.
            foreach (var server in new[] { deployment.Intake, deployment.Review, deployment.Workflow })
            {
                Assert.False(server.HasExited, server.Describe());
                Assert.Equal(HttpStatusCode.OK, await server.Health("/health/ready"));
            }
        });
    }
}
