using Approvals.Integration.Tests.Accounting;
using Approvals.Integration.Tests.Infrastructure;
using Approvals.Integration.Tests.Load;
using Approvals.Messaging.Bus;
using Xunit.Abstractions;

namespace Approvals.Integration.Tests.Faults;

/// <summary>
/// F11, the backstop: with the crash guard switched off (see <c>When_a_consumer_crash_loops</c> for it on), the Review
/// process dies (Environment.FailFast, so neither retry nor the error queue can act) on every delivery of one marked
/// OpenReview and is restarted each time with the fault still on, as an orchestrator would. The quorum queue counts each
/// delivery whose consumer died holding it and, past <see cref="RabbitMqTopology.DeliveryLimit"/>, moves the message to
/// <c>review_dead-letter</c>. Requests submitted after the first death, and after the loop, reach the review queue once
/// each. (Without the guard, a message delivered together with the marked one's first delivery would share every death
/// and be dead-lettered with it; that is what the guard is for.)
/// </summary>
[Trait(Category.Trait, Category.Fault)]
public sealed class When_a_consumer_crash_loops_without_the_crash_guard(ITestOutputHelper output)
{
    static readonly string DeadLetterQueue = RabbitMqTopology.DeadLetterName(ServiceAddresses.ReviewQueue);

    [Fact]
    public async Task Should_dead_letter_that_message_and_process_everything_else_once()
    {
        await DistributedDeployment.Run(output, async deployment =>
        {
            var patience = FaultScale.Patience(60);
            var poisonId = Guid.NewGuid();
            deployment.Intake = deployment.StartService("intake");
            deployment.Workflow = deployment.StartService("workflow");
            var settings = CrashLoop.Fault(poisonId);
            settings["Messaging__CrashGuard__Enabled"] = "false";
            deployment.Review = deployment.StartService("review", settings);
            foreach (var server in new[] { deployment.Intake, deployment.Workflow, deployment.Review })
                await server.WaitUntilReady(Deployment.StartTimeout);
            var (prescriber, reviewer) = await deployment.SignIn();
            var ledger = new Ledger(Expectation.InReview);
            ledger.Injected(DeadLetterQueue, 1);
            // Said outright, though Settle holds every queue not named here to zero: the loop never reaches the error queue.
            ledger.Injected($"{ServiceAddresses.ReviewQueue}_error", 0);
            await using var deadLetters = await QueueProbe.Open(deployment.VirtualHost, DeadLetterQueue);

            await using (var bus = await TestBus.Start(deployment.VirtualHost))
                await bus.Send(ServiceAddresses.ReviewQueue, CrashLoop.Marked(), poisonId);
            deployment.Note($"marked OpenReview {poisonId} sent");

            // Each death is one delivery of the marked message, and the broker allows DeliveryLimit + 1 of them.
            var crashes = await CrashLoop.RestartUntil(deployment, async () => await deadLetters.Count() > 0, RabbitMqTopology.DeliveryLimit + 1,
                patience, afterFirstDeath: () => new LoadDriver(prescriber, ledger).Concurrent(FaultScale.Requests(10), parallelism: 5));

            // The last Review started still has the fault on: it lives because the marked message is gone.
            await deployment.Review.WaitUntilReady(Deployment.StartTimeout);
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
}
