using Approvals.Integration.Tests.Accounting;
using Approvals.Integration.Tests.Infrastructure;
using Approvals.Integration.Tests.Load;
using Approvals.Messaging.Bus;
using Approvals.Messaging.CrashGuard;
using Xunit.Abstractions;

namespace Approvals.Integration.Tests.Faults;

/// <summary>
/// F11 with the crash guard: Review dies (Environment.FailFast) on every delivery of one marked OpenReview, and is
/// restarted each time with the fault still on. The marked message waits in the review queue together with other
/// cases' OpenReviews, so the first death happens with all of them in Review's hands and RabbitMQ counts it against
/// each. The guard runs redeliveries alone and notes them: the marked message goes to <c>review_error</c>, with its
/// reason, after <see cref="CrashGuardFilter.StrikesBeforeRefusal"/> deaths of its own; the others are reviewed once.
/// </summary>
[Trait(Category.Trait, Category.Fault)]
public sealed class When_a_consumer_crash_loops(ITestOutputHelper output)
{
    static readonly string ErrorQueue = $"{ServiceAddresses.ReviewQueue}_error";
    static readonly string DeadLetterQueue = RabbitMqTopology.DeadLetterName(ServiceAddresses.ReviewQueue);

    /// <summary>Per accepted request its OpenReview and its two timeline entries (submitted, under review); and the marked one.</summary>
    static int ExpectedWaiting(Ledger ledger) => ledger.AcceptedCount * (1 + Expectation.InReview.Timeline.Count) + 1;

    [Fact]
    public async Task Should_fault_only_the_culprit_and_review_what_was_delivered_with_it_once()
    {
        await DistributedDeployment.Run(output, async deployment =>
        {
            var patience = FaultScale.Patience(60);
            var markedId = Guid.NewGuid();
            await deployment.StartAll();
            await deployment.Review.Kill(); // its queue exists now, and fills while it is away
            deployment.Note("review stopped");

            var prescriber = await ApiUser.SignIn(deployment.Http, deployment.Intake.BaseAddress, "fault-prescriber", "prescriber");
            var ledger = new Ledger(Expectation.InReview);
            ledger.Injected(ErrorQueue, 1);
            ledger.Injected(DeadLetterQueue, 0);
            var driver = new LoadDriver(prescriber, ledger);
            await driver.Concurrent(FaultScale.Requests(4), parallelism: 4);
            await using (var bus = await TestBus.Start(deployment.VirtualHost))
                await bus.Send(ServiceAddresses.ReviewQueue, CrashLoop.Marked(), markedId);
            await driver.Concurrent(FaultScale.Requests(4), parallelism: 4);
            Assert.Empty(ledger.Unknown);

            var waiting = 0;
            await Eventually.True(async () => (waiting = (await deployment.Queues()).GetValueOrDefault(ServiceAddresses.ReviewQueue)) == ExpectedWaiting(ledger),
                () => $"{waiting} messages in the review queue, {ExpectedWaiting(ledger)} expected", patience);
            deployment.Note($"marked OpenReview {markedId} waits among {ledger.AcceptedCount} others");

            deployment.Review = deployment.StartService("review", CrashLoop.Fault(markedId));
            var deaths = await CrashLoop.RestartUntil(deployment,
                async () => (await deployment.Queues()).GetValueOrDefault(ErrorQueue) > 0, CrashGuardFilter.StrikesBeforeRefusal + 1, patience);

            // The last Review started still has the fault on: it lives because the marked message is gone.
            await deployment.Review.WaitUntilReady(Deployment.StartTimeout);
            var reviewer = (await ApiUser.SignIn(deployment.Http, deployment.Intake.BaseAddress, "fault-reviewer", "reviewer"))
                .At(deployment.Review.BaseAddress);
            await ReviewQueue.WaitForEach(reviewer, ledger.AcceptedIds, patience);
            await deployment.Settle(ledger, patience);

            await using var errors = await QueueProbe.Open(deployment.VirtualHost, ErrorQueue);
            var faulted = Assert.Single(await errors.Peek());
            Assert.Equal(markedId.ToString(), faulted.MessageId);
            Assert.Contains(nameof(CrashLoopException), faulted.FaultExceptionType);
            Assert.Empty(await deployment.Databases.Inbox("review", markedId));
            Assert.InRange(deaths, 1, CrashGuardFilter.StrikesBeforeRefusal + 1);
            Assert.False(deployment.Review.HasExited, deployment.Review.Describe());
        });
    }
}
