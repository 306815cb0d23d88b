using System.Net;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Claims;

/// <summary>Claims sent at once: one reviewer holds the review, and a decision racing with a claim still ends it.</summary>
public sealed class When_reviewers_race_to_claim(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    const int Racers = 8;

    [Fact]
    public async Task Should_give_the_review_to_exactly_one_of_them()
    {
        var open = await OpenCase.StartAsync(api);
        using var auditor = await api.ClientAsync(Users.NewId("auditor"), Roles.Auditor);
        var reviewerIds = Enumerable.Range(0, Racers).Select(_ => Users.NewId("reviewer")).ToArray();
        var reviewers = await Task.WhenAll(reviewerIds.Select(id => api.ClientAsync(id, Roles.Reviewer)));

        var responses = await Task.WhenAll(reviewers.Select(reviewer => reviewer.ClaimAsync(open.ReviewId)));

        try
        {
            var winner = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
            var holder = (await winner.JsonAsync())["claim"]!.Str("userId");
            foreach (var lost in responses.Where(r => r != winner))
                Assert.Equal("claimedByOther", (await lost.AssertProblemAsync(HttpStatusCode.Conflict)).Str("code"));
            Assert.Equal(holder, (await open.Reviewer.GetReviewAsync(open.ReviewId))["claim"]!.Str("userId"));
            var trail = await auditor.WaitForTrailAsync(open.RequestId, t => t.Any(e => e.Str("action") == "review.claimed"), "the claim");
            Assert.Equal(holder, trail.Only("review.claimed").Str("actorId"));
        }
        finally
        {
            foreach (var response in responses)
                response.Dispose();
            foreach (var reviewer in reviewers)
                reviewer.Dispose();
        }
    }

    [Fact]
    public async Task Should_answer_one_reviewer_s_simultaneous_claims_alike_and_record_one()
    {
        var open = await OpenCase.StartAsync(api);
        using var auditor = await api.ClientAsync(Users.NewId("auditor"), Roles.Auditor);

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => open.Reviewer.ClaimAsync(open.ReviewId)));

        try
        {
            Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
            var trail = await auditor.WaitForTrailAsync(open.RequestId, t => t.Any(e => e.Str("action") == "review.claimed"), "the claim");
            Assert.Equal(open.ReviewerId, trail.Only("review.claimed").Str("actorId"));
        }
        finally
        {
            foreach (var response in responses)
                response.Dispose();
        }
    }

    [Fact]
    public async Task Should_leave_no_claim_on_a_review_decided_while_it_was_claimed()
    {
        for (var round = 0; round < 5; round++)
        {
            var open = await OpenCase.StartAsync(api);
            using var claimant = await api.ClientAsync(Users.NewId("reviewer"), Roles.Reviewer);

            var claiming = claimant.ClaimAsync(open.ReviewId);
            var deciding = open.Reviewer.DecideAsync(open.ReviewId, Decisions.Approve());
            using var claimed = await claiming;
            using var decided = await deciding;

            Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
            Assert.True(claimed.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"{claimed.StatusCode}");
            var review = await open.Reviewer.GetReviewAsync(open.ReviewId);
            Assert.Equal("decided", review.Str("status"));
            Assert.Null(review["claim"]);
        }
    }
}
