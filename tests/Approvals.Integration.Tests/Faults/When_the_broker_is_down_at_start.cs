using System.Net;
using Approvals.Integration.Tests.Accounting;
using Approvals.Integration.Tests.Infrastructure;
using Approvals.Integration.Tests.Load;
using Xunit.Abstractions;

namespace Approvals.Integration.Tests.Faults;

/// <summary>F2: the services start while the broker is unavailable (rabbitmqctl stop_app), and it comes up later.</summary>
[Trait(Category.Trait, Category.Fault)]
[Collection(BrokerWideFaults.Name)]
public sealed class When_the_broker_is_down_at_start(ITestOutputHelper output)
{
    /// <summary>
    /// This lost every submission before publishes became mandatory and consumer-outbox deliveries that RabbitMQ
    /// returns were left to a background redelivery: the broker, back before a consumer had bound its queue, confirmed
    /// and dropped the unroutable messages.
    /// </summary>
    [Fact]
    public async Task Should_start_degraded_accept_submissions_and_drain_them_exactly_once_when_the_broker_comes_up()
    {
        await DistributedDeployment.Run(output, async deployment =>
        {
            var ledger = new Ledger(Expectation.InReview);
            var patience = FaultScale.Patience(90);
            ApiUser reviewer;
            try
            {
                await Broker.StopApplication();
                deployment.Note("broker application stopped");
                await deployment.StartAll(waitUntilReady: false);

                foreach (var server in new[] { deployment.Intake, deployment.Review, deployment.Workflow })
                    Assert.NotEqual(HttpStatusCode.OK, await server.Health("/health/ready"));

                (var prescriber, reviewer) = await deployment.SignIn();
                await new LoadDriver(prescriber, ledger).Concurrent(FaultScale.Requests(20), parallelism: 4);
                deployment.Note($"{ledger.AcceptedCount} accepted, {ledger.Unknown.Count} uncertain, broker still down");
                Assert.Empty(ledger.Unknown); // the bus outbox holds them: a 202 never waits for the broker

                // Nothing left Intake: stored, not sent (with the announcements of the shipped protocol versions).
                var stored = await deployment.Databases.Read();
                Assert.Equal(ledger.AcceptedCount + ShippedProtocols.Count, stored.Outbox["intake_BusOutboxMessage"].Rows);
                Assert.Empty(stored.Sagas);
            }
            finally
            {
                await Broker.StartApplication();
            }

            deployment.Note("broker application started");
            foreach (var server in new[] { deployment.Intake, deployment.Review, deployment.Workflow })
                await server.WaitUntilReady(patience);
            deployment.Note("all three ready");

            await deployment.ApproveEveryAccepted(ledger, reviewer, patience);
        });
    }
}
