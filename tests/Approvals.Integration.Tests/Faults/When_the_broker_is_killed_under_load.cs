using System.Net;
using Approvals.Integration.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Approvals.Integration.Tests.Faults;

/// <summary>F1: the broker crashes (kill -9) while prescribers submit, and comes back a few seconds later.</summary>
[Trait(Category.Trait, Category.Fault)]
[Collection(BrokerWideFaults.Name)]
public sealed class When_the_broker_is_killed_under_load(ITestOutputHelper output)
{
    [Fact]
    public async Task Should_bring_every_accepted_request_to_review_and_decision_exactly_once_without_restarting_a_service()
    {
        await DistributedDeployment.Run(output, async deployment =>
        {
            await OutageUnderLoad.Run(deployment, async ledger =>
            {
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
            });

            // The same processes reconnected by themselves, and say so.
            foreach (var server in new[] { deployment.Intake, deployment.Review, deployment.Workflow })
                Assert.Equal(HttpStatusCode.OK, await server.Health("/health/ready"));
        });
    }
}
