using Approvals.Contracts;
using Approvals.Integration.Tests.Infrastructure;
using Approvals.Integration.Tests.Load;
using Xunit.Abstractions;

namespace Approvals.Integration.Tests.Faults;

/// <summary>
/// F2c: Review and Workflow run on a fresh virtual host, Intake has never started. The workflow publishes each case's
/// RequestStatusChanged, which Review, Intake and the trail all take. Review's queue is bound, so RabbitMQ can route
/// the event and mandatory routing raises nothing; Intake's copy must still wait for it in Intake's queue.
/// </summary>
[Trait(Category.Trait, Category.Fault)]
public sealed class When_one_subscriber_has_started_and_another_has_not(ITestOutputHelper output)
{
    /// <summary>
    /// This lost Intake's copy of every event (the clean-clone run's broker-down-at-start failure, once Review also
    /// took RequestStatusChanged): the workflow's outbox sent stored publishes as plain sends to the event's exchange,
    /// which only the first subscriber to start had bound. Publishers now declare every subscriber's queue first.
    /// </summary>
    [Fact]
    public async Task Should_keep_the_event_in_the_queue_of_the_subscriber_that_has_not_started()
    {
        await DistributedDeployment.Run(output, async deployment =>
        {
            var patience = FaultScale.Patience(60);
            deployment.Note("starting review and workflow, not intake");
            deployment.Review = deployment.StartService("review");
            deployment.Workflow = deployment.StartService("workflow");
            foreach (var server in new[] { deployment.Review, deployment.Workflow })
                await server.WaitUntilReady(patience);

            const int requests = 3;
            await using (var bus = await TestBus.Start(deployment.VirtualHost))
            {
                for (var i = 0; i < requests; i++)
                    await bus.Publish(Submission(Guid.NewGuid()), Guid.NewGuid());
            }

            deployment.Note($"{requests} submissions published without intake");

            // Each case is submitted, then under review: two RequestStatusChanged per case wait in Intake's queue, and in the trail's.
            IReadOnlyDictionary<string, int> queues = new Dictionary<string, int>();
            await Eventually.True(async () =>
            {
                queues = await Broker.Queues(deployment.VirtualHost);
                return queues.GetValueOrDefault("intake", -1) >= 2 * requests && queues.GetValueOrDefault("audit", -1) >= 2 * requests;
            }, () => $"queues {string.Join(", ", queues.Select(q => $"{q.Key}={q.Value}"))}", patience);

            // Each event once: the message exchange is bound to the queue by the publisher, never copied.
            await using var intakeQueue = await QueueProbe.Open(deployment.VirtualHost, "intake");
            var waiting = await intakeQueue.Peek();
            Assert.Equal(2 * requests, waiting.Count);
            Assert.Equal(waiting.Count, waiting.Select(m => m.MessageId).Distinct().Count());
            Assert.Equal(0, await deployment.Databases.PendingConsumerOutbox("workflow"));
        });
    }

    static ApprovalRequested Submission(Guid requestId) =>
        new(requestId, "fault-prescriber", "baclofen-aud", 1, new PatientDescriptor("PT-F2C", 1970, Sex.Female), 30m,
            Urgency.Standard, "alcohol-use-disorder", "Relapsed on naltrexone and acamprosate", ["naltrexone", "acamprosate"],
            DateTimeOffset.UtcNow, PatientConsent: true);
}
