using Approvals.Contracts;
using Approvals.Integration.Tests.Accounting;
using Approvals.Integration.Tests.Infrastructure;
using Approvals.Integration.Tests.Load;
using MassTransit;
using Xunit.Abstractions;

namespace Approvals.Integration.Tests.Faults;

/// <summary>F10: a CancelReview for a review that was never opened fails on every attempt, while other work goes on.</summary>
[Trait(Category.Trait, Category.Fault)]
public sealed class When_a_message_is_poison(ITestOutputHelper output)
{
    [Fact]
    public async Task Should_end_in_the_error_queue_with_a_fault_published_and_hold_up_nothing_else()
    {
        await DistributedDeployment.Run(output, async deployment =>
        {
            await deployment.StartAll();
            var patience = FaultScale.Patience(60);
            var (prescriber, reviewer) = await deployment.SignIn();

            var faults = new TaskCompletionSource<Fault<CancelReview>>(TaskCreationOptions.RunContinuationsAsynchronously);
            await using var bus = await TestBus.Start(deployment.VirtualHost, cfg =>
                cfg.ReceiveEndpoint($"fault-observer-{Guid.NewGuid():N}", endpoint =>
                {
                    endpoint.AutoDelete = true;
                    endpoint.Handler<Fault<CancelReview>>(context =>
                    {
                        faults.TrySetResult(context.Message);
                        return Task.CompletedTask;
                    });
                }));

            var poisonId = Guid.NewGuid();
            await bus.Send("review", new CancelReview(Guid.NewGuid(), Guid.NewGuid(), "Never opened", DateTimeOffset.UtcNow), poisonId);
            deployment.Note($"poison CancelReview {poisonId} sent");

            // Meanwhile, ordinary requests go all the way through.
            var ledger = new Ledger(Expectation.InReview);
            ledger.Injected("review_error", 1);
            await new LoadDriver(prescriber, ledger).Concurrent(FaultScale.Requests(10), parallelism: 2);
            var reviews = await ReviewQueue.WaitForEach(reviewer, ledger.AcceptedIds, patience);
            await ReviewQueue.ApproveAll(reviewer, reviews.Values);
            ledger.ExpectAll(Expectation.Approved);

            var fault = await faults.Task.WaitAsync(patience);
            deployment.Note($"Fault<CancelReview> for {fault.FaultedMessageId}: {fault.Exceptions.FirstOrDefault()?.Message}");
            Assert.Equal(poisonId, fault.FaultedMessageId);
            await deployment.Settle(ledger, patience);
            Assert.Empty(await deployment.Databases.Inbox("review", poisonId));
        });
    }
}
