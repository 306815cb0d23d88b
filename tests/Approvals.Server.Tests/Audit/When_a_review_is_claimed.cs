using System.Net;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Audit;

/// <summary>Claims, take-overs and releases join the trail as the reviewers' own acts on the review.</summary>
public sealed class When_a_review_is_claimed(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    [Fact]
    public async Task Should_record_the_claim_the_take_over_and_the_release()
    {
        var open = await OpenCase.StartAsync(api);
        var otherId = Users.NewId("reviewer");
        using var other = await api.SignedInClientAsync(otherId, "Dr Jonas Berg", DateTimeOffset.UtcNow, Roles.Reviewer);
        using var auditor = await api.ClientAsync(Users.NewId("auditor"), Roles.Auditor);

        foreach (var step in new Func<Task<HttpResponseMessage>>[]
        {
            () => open.Reviewer.ClaimAsync(open.ReviewId),
            () => open.Reviewer.ClaimAsync(open.ReviewId),
            () => other.ClaimAsync(open.ReviewId, takeOver: true),
            () => other.ReleaseAsync(open.ReviewId),
        })
        {
            using var response = await step();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var trail = await auditor.WaitForTrailAsync(open.RequestId,
            t => t.Any(e => e.Str("action") == "review.released") && t.Count(e => e.Str("action") == "review.claimed") >= 2,
            "the claims and the release");
        // The second claim by the holder changed nothing, so it is not in the trail.
        var claims = trail.Where(e => e.Str("action") == "review.claimed").ToList();
        Assert.Equal(2, claims.Count);
        Assert.All(trail.Where(e => e.Str("action") is "review.claimed" or "review.released"), e =>
            Assert.Equal(("reviewer", "review", open.ReviewId.ToString()), (e.Str("actorRole"), e.Str("entityType"), e.Str("entityId"))));
        var first = claims.Single(e => e.Str("actorId") == open.ReviewerId);
        var takeOver = claims.Single(e => e.Str("actorId") == otherId);
        Assert.Null(first["oldValues"]);
        Assert.Equal(open.ReviewerId, first["newValues"]!.Str("claimedBy"));
        Assert.Equal("Dr Jonas Berg", takeOver.Str("actorName"));
        Assert.Equal(open.ReviewerId, takeOver["oldValues"]!.Str("claimedBy"));
        Assert.Equal(otherId, takeOver["newValues"]!.Str("claimedBy"));
        var release = trail.Only("review.released");
        Assert.Equal((otherId, otherId), (release.Str("actorId"), release["oldValues"]!.Str("claimedBy")));
        Assert.Null(release["newValues"]!["claimedBy"]);
    }
}
