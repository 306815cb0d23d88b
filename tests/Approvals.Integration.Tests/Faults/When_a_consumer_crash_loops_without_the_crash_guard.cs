using Approvals.Contracts;
using Approvals.Integration.Tests.Accounting;
using Approvals.Integration.Tests.Infrastructure;
using Approvals.Integration.Tests.Load;
using Approvals.Messaging.Bus;
using Approvals.Messaging.Faults;
using Xunit.Abstractions;

namespace Approvals.Integration.Tests.Faults;

/// <summary>
/// F11: the Review process dies (Environment.FailFast, so neither retry nor the error queue can act) on every delivery
/// of one marked OpenReview, and the test restarts it each time with the fault still on, as an orchestrator would. The
/// quorum queue counts each delivery whose consumer died holding it and, past <see cref="RabbitMqTopology.DeliveryLimit"/>,
/// moves the message to <c>review_dead-letter</c>: the loop ends without anyone switching the fault off. Requests
/// submitted during the loop, and after it, reach the review queue once each.
/// The broker counts a death against every message the dying consumer held, not only the culprit. Requests submitted
/// after the first death are held through at most <see cref="RabbitMqTopology.DeliveryLimit"/> deaths, one fewer than
/// the marked message, so they stay; a message delivered together with the marked one's very first delivery would
/// share every death and be dead-lettered with it (a known limit, not exercised here).
/// </summary>
public sealed class When_a_consumer_crash_loops(ITestOutputHelper output)
{
    static readonly string DeadLetterQueue = RabbitMqTopology.DeadLetterName(ServiceAddresses.ReviewQueue);

    [Fact]
    public async Task Should_dead_letter_that_message_and_process_everything_else_once()
    {
        await using var deployment = await DistributedDeployment.Create(output);
        await deployment.Explain(async () =>
        {
            var patience = FaultScale.Patience(60);
            var poisonId = Guid.NewGuid();
            deployment.Intake = deployment.StartService("intake");
            deployment.Workflow = deployment.StartService("workflow");
            deployment.Review = deployment.StartService("review", new Dictionary<string, string>
            {
                ["FaultInjection__Point"] = nameof(FaultPoint.EveryDeliveryOfMarkedMessage),
                ["FaultInjection__MessageId"] = poisonId.ToString(),
            });
            foreach (var server in new[] { deployment.Intake, deployment.Workflow, deployment.Review })
                await server.WaitUntilReady(deployment.Http, Deployment.StartTimeout);
            var (prescriber, reviewer) = await Users.SignIn(deployment.Http, deployment.Intake.BaseAddress, deployment.Review.BaseAddress);
            var ledger = new Ledger(Expectation.InReview);
            ledger.Injected(DeadLetterQueue, 1);
            // Said outright, though Settle holds every queue not named here to zero: the loop never reaches the error queue.
            ledger.Injected($"{ServiceAddresses.ReviewQueue}_error", 0);
            await using var deadLetters = await QueueProbe.Open(deployment.VirtualHost, DeadLetterQueue);

            await using (var bus = await TestBus.Start(deployment.VirtualHost))
                await bus.Send(ServiceAddresses.ReviewQueue, Poison(), poisonId);
            deployment.Note($"marked OpenReview {poisonId} sent");

            var crashes = await RestartUntilDeadLettered(deployment, deadLetters, patience,
                afterFirstDeath: () => new LoadDriver(prescriber, ledger).Concurrent(FaultScale.Requests(10), parallelism: 5));

            // The last Review started still has the fault on: it lives because the marked message is gone.
            await deployment.Review.WaitUntilReady(deployment.Http, Deployment.StartTimeout);
            await new LoadDriver(prescriber, ledger).Concurrent(FaultScale.Requests(3), parallelism: 3);
            deployment.Note($"{ledger.AcceptedCount} accepted, {ledger.Unknown.Count} uncertain");
            Assert.Empty(ledger.Unknown); // Intake never went down
            await ReviewQueue.WaitForEach(reviewer, ledger.AcceptedIds, patience);
            await deployment.Settle(ledger, patience);

            var deadLettered = Assert.Single(await deadLetters.Peek());
            Assert.Equal(poisonId.ToString(), deadLettered.MessageId);
            Assert.Equal("delivery_limit", deadLettered.DeathReason);
            Assert.Empty(await deployment.Databases.Inbox("review", poisonId));
            Assert.InRange(crashes, 1, RabbitMqTopology.DeliveryLimit + 1);
            Assert.False(deployment.Review.HasExited, deployment.Review.Describe());
        });
    }

    /// <summary>
    /// Restarts Review, on the same port and with the same fault, every time it dies, until the broker has moved the
    /// marked message to the dead-letter queue; runs <paramref name="afterFirstDeath"/> alongside, from the first death
    /// on, so that its messages queue up behind the marked one. Returns how many times Review died.
    /// </summary>
    static async Task<int> RestartUntilDeadLettered(DistributedDeployment deployment, QueueProbe deadLetters, TimeSpan patience,
        Func<Task> afterFirstDeath)
    {
        var crashes = 0;
        var alongside = Task.CompletedTask;
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            // Looked at before the process: a death just before the move is still counted and followed by a restart.
            var deadLettered = await deadLetters.Count() > 0;
            if (deployment.Review.HasExited)
            {
                crashes++;
                var exitCode = await deployment.Review.WaitForExit(TimeSpan.FromSeconds(5));
                deployment.Note($"review died ({crashes}) with exit code {exitCode}");
                Assert.NotEqual(0, exitCode);
                // Each death is one delivery of the marked message, and the broker allows DeliveryLimit + 1 of them.
                Assert.True(crashes <= RabbitMqTopology.DeliveryLimit + 1, $"review died {crashes} times and the message is not dead-lettered");
                deployment.Review = deployment.Start(deployment.Review.Settings with { HttpPort = deployment.Review.BaseAddress.Port });
                deadline = DateTime.UtcNow + patience;
                if (crashes == 1)
                    alongside = afterFirstDeath();
            }
            else if (deadLettered)
                break;
            else if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"review neither died nor was the message dead-lettered within {patience}");

            await Task.Delay(100);
        }

        deployment.Note($"marked message dead-lettered after {crashes} deaths");
        await alongside;
        return crashes;
    }

    /// <summary>An OpenReview for a request nobody submitted: if it were ever consumed, the ledger would see an unexpected review.</summary>
    static OpenReview Poison() =>
        new(Guid.NewGuid(), Guid.NewGuid(), ReviewKind.Initial, "crash-loop", "crash-loop", 1, 1m, Urgency.Standard,
            DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(1));
}
