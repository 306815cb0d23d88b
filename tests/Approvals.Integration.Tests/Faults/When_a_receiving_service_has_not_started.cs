using Approvals.Integration.Tests.Accounting;
using Approvals.Integration.Tests.Infrastructure;
using Approvals.Integration.Tests.Load;
using Xunit.Abstractions;

namespace Approvals.Integration.Tests.Faults;

/// <summary>
/// F2b: Intake and Workflow run, Review has not started yet, so its exchange has no queue bound and RabbitMQ returns
/// every OpenReview the workflow sends. The state change behind each one is committed: the consumed message must be
/// acknowledged, not faulted, and the kept OpenReviews delivered once Review is there.
/// </summary>
[Trait(Category.Trait, Category.Fault)]
public sealed class When_a_receiving_service_has_not_started(ITestOutputHelper output)
{
    /// <summary>
    /// This dead-lettered every consumed ApprovalRequested while the outbox delivered through the consume context:
    /// MassTransit also awaits such a send after the consumer returns, and rethrew the return past the outbox.
    /// </summary>
    [Fact]
    public async Task Should_acknowledge_what_it_consumed_and_deliver_the_returned_messages_once_the_receiver_starts()
    {
        await DistributedDeployment.Run(output, async deployment =>
        {
            var patience = FaultScale.Patience(60);
            deployment.Note("starting intake and workflow, not review");
            deployment.Intake = deployment.StartService("intake");
            deployment.Workflow = deployment.StartService("workflow");
            foreach (var server in new[] { deployment.Intake, deployment.Workflow })
                await server.WaitUntilReady(patience);

            var prescriber = await ApiUser.SignIn(deployment.Http, deployment.Intake.BaseAddress, "fault-prescriber", "prescriber");
            var ledger = new Ledger(Expectation.InReview);
            var requests = FaultScale.Requests(4);
            await new LoadDriver(prescriber, ledger).Concurrent(requests, parallelism: 4);
            Assert.Equal(requests, ledger.AcceptedCount);

            // Every submission consumed and acknowledged, each case's OpenReview kept because RabbitMQ returned it.
            IReadOnlyDictionary<string, int> queues = new Dictionary<string, int>();
            var pending = 0;
            await Eventually.True(async () =>
            {
                queues = await deployment.Queues();
                pending = await deployment.Databases.PendingConsumerOutbox("workflow");
                return queues.GetValueOrDefault("approval-workflow", -1) == 0 && pending >= requests;
            }, () => $"workflow queue {queues.GetValueOrDefault("approval-workflow", -1)}, {pending} kept outbox rows", patience);
            deployment.Note($"{pending} outbox rows kept by the workflow while review is missing");
            Assert.Equal(0, queues.GetValueOrDefault("approval-workflow_error"));

            deployment.Review = deployment.StartService("review");
            await deployment.Review.WaitUntilReady(patience);
            deployment.Note("review started");

            // Exactly once in review, nothing left in any outbox, every error queue empty.
            await deployment.Settle(ledger, patience);
        });
    }
}
