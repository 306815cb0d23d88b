using System.Net;
using Approvals.Contracts;
using Approvals.Integration.Tests.Accounting;
using Approvals.Integration.Tests.Infrastructure;
using Approvals.Integration.Tests.Load;
using Xunit.Abstractions;

namespace Approvals.Integration.Tests.Faults;

/// <summary>F6: one InformationProvided published three times under one MessageId, 500 ms then 50 ms apart.</summary>
[Trait(Category.Trait, Category.Fault)]
public sealed class When_one_message_is_delivered_three_times(ITestOutputHelper output)
{
    [Fact]
    public async Task Should_consume_it_once_and_produce_its_outputs_once()
    {
        await DistributedDeployment.Run(output, async deployment =>
        {
            await deployment.StartAll();
            var patience = FaultScale.Patience(60);
            var (prescriber, reviewer) = await deployment.SignIn();
            var ledger = new Ledger(Expectation.Answered);
            await new LoadDriver(prescriber, ledger).Concurrent(1, parallelism: 1);
            var requestId = Assert.Single(ledger.AcceptedIds);
            var reviewId = (await ReviewQueue.WaitForEach(reviewer, [requestId], patience))[requestId];

            var (asked, _) = await reviewer.Send(HttpMethod.Post, $"/api/v1/reviews/{reviewId}/decision",
                new { outcome = "request-information", questions = new[] { "Liver function tests?" } });
            Assert.Equal(HttpStatusCode.OK, asked);
            await prescriber.WaitFor($"/api/v1/requests/{requestId}", r => r["status"]!.GetValue<string>() == "awaiting-information",
                patience, () => deployment.Logs);

            // As a broker redelivery or a publisher retry would: the same message, the same id, three times.
            var messageId = Guid.NewGuid();
            var answer = new InformationProvided(requestId, "fault-prescriber", "Normal liver function.", DateTimeOffset.UtcNow);
            await using (var bus = await TestBus.Start(deployment.VirtualHost))
            {
                await bus.Publish(answer, messageId);
                await Task.Delay(500);
                await bus.Publish(answer, messageId);
                await Task.Delay(50);
                await bus.Publish(answer, messageId);
            }

            deployment.Note($"InformationProvided {messageId} published three times");
            await deployment.Settle(ledger, patience);

            var inbox = Assert.Single(await deployment.Databases.Inbox("workflow", messageId));
            Assert.Equal(1, inbox.ReceiveCount);
            Assert.True(inbox.Consumed && inbox.Delivered, $"{inbox}");
        });
    }
}
