using System.Net;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Http;

public sealed class When_reviewers_race_to_decide(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    const int Racers = 10;

    [Fact]
    public async Task Should_record_exactly_one_decision_and_refuse_the_others()
    {
        var open = await OpenCase.StartAsync(api);
        var reviewerIds = Enumerable.Range(0, Racers).Select(_ => Users.NewId("reviewer")).ToArray();
        var reviewers = await Task.WhenAll(reviewerIds.Select(id => api.ClientAsync(id, Roles.Reviewer)));

        // Approvals and denials alternate, so the winner's outcome is not known in advance.
        var responses = await Task.WhenAll(reviewers.Select((reviewer, i) =>
            reviewer.DecideAsync(open.ReviewId, i % 2 == 0 ? Decisions.Approve() : Decisions.Deny())));

        try
        {
            var winners = responses.Select((r, i) => (Response: r, ReviewerId: reviewerIds[i]))
                .Where(x => x.Response.StatusCode == HttpStatusCode.OK).ToArray();
            var winner = Assert.Single(winners);
            Assert.All(responses.Where(r => r != winner.Response), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));

            var outcome = (await winner.Response.JsonAsync())["decision"]!.Str("outcome");
            var request = await open.Prescriber.WaitForRequestStatusAsync(
                open.RequestId, outcome == "approve" ? "approved" : "denied", historyEntries: 3);
            Assert.Equal(outcome, request["decision"]!.Str("outcome"));
            Assert.Equal(winner.ReviewerId, request["decision"]!.Str("reviewerId"));
            Assert.Equal(winner.ReviewerId, (await open.Reviewer.GetReviewAsync(open.ReviewId))["decision"]!.Str("reviewerId"));
        }
        finally
        {
            foreach (var response in responses)
                response.Dispose();
            foreach (var reviewer in reviewers)
                reviewer.Dispose();
        }
    }
}
