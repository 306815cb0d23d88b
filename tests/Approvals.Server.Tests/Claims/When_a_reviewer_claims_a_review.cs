using System.Net;
using System.Text.Json.Nodes;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Claims;

/// <summary>
/// A claim tells other reviewers who is working a review: claiming again is harmless, someone else's claim is taken
/// over only when asked, only the holder releases it, and a decided or cancelled review has none. It is advisory: another
/// reviewer still decides, and the decision ends it.
/// </summary>
public sealed class When_a_reviewer_claims_a_review(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    [Fact]
    public async Task Should_show_the_claim_with_the_reviewer_s_name_in_the_review_and_the_queue()
    {
        var open = await OpenCase.StartAsync(api);
        var reviewerId = Users.NewId("reviewer");
        using var reviewer = await api.SignedInClientAsync(reviewerId, "Dr Ana Ferreira", DateTimeOffset.UtcNow, Roles.Reviewer);

        using var claimed = await reviewer.ClaimAsync(open.ReviewId);

        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        var claim = (await claimed.JsonAsync())["claim"]!;
        Assert.Equal((reviewerId, "Dr Ana Ferreira"), (claim.Str("userId"), claim.Str("name")));
        Assert.InRange(claim["at"]!.GetValue<DateTimeOffset>(), DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow);
        Assert.Equal(claim.ToJsonString(), (await open.Reviewer.GetReviewAsync(open.ReviewId))["claim"]!.ToJsonString());
        var listed = (await open.Reviewer.ListAllAsync(ReviewsApi.OpenQueue)).Single(r => r.Id() == open.ReviewId);
        Assert.Equal(claim.ToJsonString(), listed["claim"]!.ToJsonString());
    }

    [Fact]
    public async Task Should_answer_a_second_claim_by_the_holder_with_the_claim_unchanged()
    {
        var open = await OpenCase.StartAsync(api);
        using var first = await open.Reviewer.ClaimAsync(open.ReviewId);
        var claim = (await first.JsonAsync())["claim"]!.ToJsonString();

        using var again = await open.Reviewer.ClaimAsync(open.ReviewId);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(claim, (await again.JsonAsync())["claim"]!.ToJsonString());
    }

    [Fact]
    public async Task Should_refuse_a_review_another_reviewer_holds_unless_taking_it_over()
    {
        var open = await OpenCase.StartAsync(api);
        var otherId = Users.NewId("reviewer");
        using var other = await api.ClientAsync(otherId, Roles.Reviewer);
        (await open.Reviewer.ClaimAsync(open.ReviewId)).Dispose();

        using var refused = await other.ClaimAsync(open.ReviewId);
        using var takenOver = await other.ClaimAsync(open.ReviewId, takeOver: true);

        var problem = await refused.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("claimedByOther", problem.Str("code"));
        Assert.Equal(open.ReviewerId, problem["claim"]!.Str("userId"));
        Assert.Equal(HttpStatusCode.OK, takenOver.StatusCode);
        Assert.Equal(otherId, (await takenOver.JsonAsync())["claim"]!.Str("userId"));
    }

    [Fact]
    public async Task Should_let_only_the_holder_release_the_claim()
    {
        var open = await OpenCase.StartAsync(api);
        using var other = await api.ClientAsync(Users.NewId("reviewer"), Roles.Reviewer);

        using var unclaimed = await open.Reviewer.ReleaseAsync(open.ReviewId);
        (await open.Reviewer.ClaimAsync(open.ReviewId)).Dispose();
        using var notTheirs = await other.ReleaseAsync(open.ReviewId);
        using var released = await open.Reviewer.ReleaseAsync(open.ReviewId);
        using var twice = await open.Reviewer.ReleaseAsync(open.ReviewId);

        Assert.Equal("notClaimant", (await unclaimed.AssertProblemAsync(HttpStatusCode.Conflict)).Str("code"));
        var stillHeld = await notTheirs.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(("notClaimant", open.ReviewerId), (stillHeld.Str("code"), stillHeld["claim"]!.Str("userId")));
        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        Assert.Null((await released.JsonAsync())["claim"]);
        Assert.Equal("notClaimant", (await twice.AssertProblemAsync(HttpStatusCode.Conflict)).Str("code"));
        Assert.Null((await open.Reviewer.GetReviewAsync(open.ReviewId))["claim"]);
    }

    [Fact]
    public async Task Should_let_another_reviewer_decide_and_end_the_claim_with_the_decision()
    {
        var open = await OpenCase.StartAsync(api);
        using var other = await api.ClientAsync(Users.NewId("reviewer"), Roles.Reviewer);
        (await open.Reviewer.ClaimAsync(open.ReviewId)).Dispose();

        using var decided = await other.DecideAsync(open.ReviewId, Decisions.Approve());
        using var claimAfter = await open.Reviewer.ClaimAsync(open.ReviewId);
        using var releaseAfter = await open.Reviewer.ReleaseAsync(open.ReviewId);

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Null((await decided.JsonAsync())["claim"]);
        Assert.Equal("reviewClosed", (await claimAfter.AssertProblemAsync(HttpStatusCode.Conflict)).Str("code"));
        Assert.Equal("reviewClosed", (await releaseAfter.AssertProblemAsync(HttpStatusCode.Conflict)).Str("code"));
    }

    [Fact]
    public async Task Should_end_the_claim_when_the_review_is_cancelled()
    {
        var open = await OpenCase.StartAsync(api);
        (await open.Reviewer.ClaimAsync(open.ReviewId)).Dispose();

        using var withdrawn = await open.Prescriber.PostJsonAsync($"{RequestsApi.Path}/{open.RequestId}/withdrawal",
            new JsonObject { ["reason"] = "Patient moved away." });
        Assert.Equal(HttpStatusCode.Accepted, withdrawn.StatusCode);
        var cancelled = await open.Reviewer.WaitForReviewStatusAsync(open.ReviewId, "cancelled");
        using var claimAfter = await open.Reviewer.ClaimAsync(open.ReviewId, takeOver: true);

        Assert.Null(cancelled["claim"]);
        Assert.Equal("reviewClosed", (await claimAfter.AssertProblemAsync(HttpStatusCode.Conflict)).Str("code"));
    }

    [Fact]
    public async Task Should_keep_the_claim_while_the_prescriber_answers_questions()
    {
        var open = await OpenCase.StartAsync(api);
        (await open.Reviewer.ClaimAsync(open.ReviewId)).Dispose();

        using var asked = await open.Reviewer.DecideAsync(open.ReviewId, Decisions.RequestInformation("Liver function tests?"));

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Equal(open.ReviewerId, (await asked.JsonAsync())["claim"]!.Str("userId"));
    }

    [Fact]
    public async Task Should_answer_404_for_an_unknown_review()
    {
        using var reviewer = await api.ClientAsync(Users.NewId("reviewer"), Roles.Reviewer);

        using var claim = await reviewer.ClaimAsync(Guid.NewGuid());
        using var release = await reviewer.ReleaseAsync(Guid.NewGuid());

        await claim.AssertProblemAsync(HttpStatusCode.NotFound);
        await release.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    public static TheoryData<string> NotReviewers() => [Roles.Prescriber, Roles.Specialist, Roles.Auditor, Roles.Admin];

    [Theory]
    [MemberData(nameof(NotReviewers))]
    public async Task Should_refuse_callers_who_are_not_reviewers(string role)
    {
        var open = await OpenCase.StartAsync(api);
        using var caller = await api.ClientAsync(Users.NewId(role), role);

        using var claim = await caller.ClaimAsync(open.ReviewId);
        using var release = await caller.ReleaseAsync(open.ReviewId);

        await claim.AssertProblemAsync(HttpStatusCode.Forbidden);
        await release.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Null((await open.Reviewer.GetReviewAsync(open.ReviewId))["claim"]);
    }

    [Fact]
    public async Task Should_refuse_a_reviewer_the_claim_on_their_own_request()
    {
        var prescriberId = Users.NewId("prescribing-reviewer");
        using var prescribingReviewer = await api.ClientAsync(prescriberId, Roles.Prescriber, Roles.Reviewer);
        var requestId = await prescribingReviewer.SubmitValidAsync();
        var review = await prescribingReviewer.WaitForOpenReviewAsync(requestId);

        using var claim = await prescribingReviewer.ClaimAsync(review.Id());

        await claim.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_refuse_the_claim_to_a_reviewer_who_gave_an_opinion_on_the_review()
    {
        var review = await RequiredReviewCase.CollegialAsync(api);
        using var reviewingSpecialist = await api.ClientAsync(Users.NewId("reviewer-specialist"), Roles.Reviewer, Roles.Specialist);
        await reviewingSpecialist.OpineAcceptedAsync(review.ReviewId, Opinions.Approve(RequiredReviewCase.CollegialDose));

        using var claim = await reviewingSpecialist.ClaimAsync(review.ReviewId);

        Assert.Equal("deciderGaveOpinion", (await claim.AssertProblemAsync(HttpStatusCode.Conflict)).Str("code"));
    }
}
