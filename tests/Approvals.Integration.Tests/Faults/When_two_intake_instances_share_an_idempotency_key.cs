using System.Net;
using Approvals.Integration.Tests.Accounting;
using Approvals.Integration.Tests.Infrastructure;
using Approvals.Integration.Tests.Load;
using Xunit.Abstractions;

namespace Approvals.Integration.Tests.Faults;

/// <summary>F9: one submission retried concurrently under one Idempotency-Key, through two Intake processes sharing one database.</summary>
[Trait(Category.Trait, Category.Fault)]
public sealed class When_two_intake_instances_share_an_idempotency_key(ITestOutputHelper output)
{
    const int Attempts = 16;

    /// <summary>On each database the services run on: the race is settled by its transactions and keys.</summary>
    [Theory]
    [InlineData(Storage.Sqlite)]
    [InlineData(Storage.PostgreSql)]
    public async Task Should_answer_every_attempt_with_the_one_request_it_created(Storage storage)
    {
        await DistributedDeployment.Run(output, async deployment =>
        {
            var secondIntake = await deployment.StartAllAndASecond("intake");
            var patience = FaultScale.Patience(60);

            var (prescriber, reviewer) = await deployment.SignIn();
            var key = Guid.NewGuid().ToString();
            using var start = new SemaphoreSlim(0);
            var attempts = Enumerable.Range(0, Attempts).Select(async i =>
            {
                await start.WaitAsync();
                var client = i % 2 == 0 ? prescriber : prescriber.At(secondIntake.BaseAddress);
                return await client.Send(HttpMethod.Post, "/api/v1/requests", Prescriptions.Submission(1), Prescriptions.KeyHeader(key));
            }).ToList();
            start.Release(Attempts);
            var answers = await Task.WhenAll(attempts);
            deployment.Note(string.Join(", ", answers.Select(a => (int)a.Status)));

            Assert.All(answers, a => Assert.Equal(HttpStatusCode.Accepted, a.Status));
            var requestId = Assert.Single(answers.Select(a => Guid.Parse(a.Body!["id"]!.GetValue<string>())).Distinct());

            var ledger = new Ledger(Expectation.InReview);
            ledger.Accepted(key, requestId);
            await deployment.Settle(ledger, patience);
            await ReviewQueue.WaitForEach(reviewer, [requestId], patience);
        }, storage);
    }
}
