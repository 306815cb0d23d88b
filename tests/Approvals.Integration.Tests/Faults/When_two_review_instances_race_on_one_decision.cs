using System.Net;
using Approvals.Integration.Tests.Accounting;
using Approvals.Integration.Tests.Infrastructure;
using Approvals.Integration.Tests.Load;
using Xunit.Abstractions;

namespace Approvals.Integration.Tests.Faults;

/// <summary>F8: sixteen reviewers decide one review at once, through two Review processes sharing one database.</summary>
[Trait(Category.Trait, Category.Fault)]
public sealed class When_two_review_instances_race_on_one_decision(ITestOutputHelper output)
{
    const int Reviewers = 16;

    /// <summary>On each database the services run on: the race is settled by its transactions and keys.</summary>
    [Theory]
    [InlineData(Storage.Sqlite)]
    [InlineData(Storage.PostgreSql)]
    public async Task Should_record_exactly_one_decision_and_refuse_the_others(Storage storage)
    {
        await DistributedDeployment.Run(output, async deployment =>
        {
            var secondReview = await deployment.StartAllAndASecond("review");
            var patience = FaultScale.Patience(60);

            var (prescriber, firstReviewer) = await deployment.SignIn();
            var ledger = new Ledger(Expectation.InReview);
            await new LoadDriver(prescriber, ledger).Concurrent(1, parallelism: 1);
            var requestId = Assert.Single(ledger.AcceptedIds);
            var reviewId = (await ReviewQueue.WaitForEach(firstReviewer, [requestId], patience))[requestId];

            // Half approve, half deny, alternating between the two processes, so the winner is recognisable.
            var reviewers = await Task.WhenAll(Enumerable.Range(0, Reviewers).Select(async i =>
                (await ApiUser.SignIn(deployment.Http, deployment.Intake.BaseAddress, $"racer-{i:D2}", "reviewer"))
                    .At(i % 2 == 0 ? deployment.Review.BaseAddress : secondReview.BaseAddress)));
            using var start = new SemaphoreSlim(0);
            var decisions = Enumerable.Range(0, Reviewers).Select(async i =>
            {
                await start.WaitAsync();
                var body = i % 2 == 0
                    ? (object)new { outcome = "approve" }
                    : new { outcome = "deny", reasonCode = "NOT_ELIGIBLE", rationale = $"Racer {i} says no." };
                var (status, _) = await reviewers[i].Send(HttpMethod.Post, $"/api/v1/reviews/{reviewId}/decision", body);
                return (Racer: i, Status: status);
            }).ToList();
            start.Release(Reviewers);
            var answers = await Task.WhenAll(decisions);
            deployment.Note(string.Join(", ", answers.Select(a => $"racer-{a.Racer:D2}: {(int)a.Status}")));

            var winner = Assert.Single(answers, a => a.Status == HttpStatusCode.OK).Racer;
            Assert.All(answers.Where(a => a.Racer != winner), a => Assert.Equal(HttpStatusCode.Conflict, a.Status));

            // Every loser's 409 is recorded as a refusal, which intake shows on the request.
            ledger.Expect(requestId, (winner % 2 == 0 ? Expectation.Approved : Expectation.Denied) with { Refusals = Reviewers - 1 });
            await deployment.Settle(ledger, patience);
            var (_, request) = await prescriber.Send(HttpMethod.Get, $"/api/v1/requests/{requestId}");
            Assert.Equal($"racer-{winner:D2}", request!["decision"]!["reviewerId"]!.GetValue<string>());
        }, storage);
    }
}
