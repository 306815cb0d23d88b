using System.Net;
using System.Text.Json.Nodes;
using Approvals.Contracts;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Collegial;

/// <summary>
/// Where the protocol recommends an expert opinion (150 mg/day here), approving without a specialist recommending that
/// dose needs a stated reason, <c>expertOpinionWaivedBecause</c>; nowhere else is there an opinion to waive.
/// </summary>
public sealed class When_an_expert_opinion_is_recommended(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    const string Waiver = "No addiction specialist could see the patient within the review clock.";

    static JsonObject ApproveWaiving(string? reason)
    {
        var approval = Decisions.Approve();
        approval["expertOpinionWaivedBecause"] = reason;
        return approval;
    }

    [Fact]
    public async Task Should_refuse_an_approval_without_an_opinion_or_a_reason()
    {
        var review = await RequiredReviewCase.ExpertRecommendedAsync(api);

        using var response = await review.Reviewer.DecideAsync(review.ReviewId, Decisions.Approve());

        var problem = await response.AssertProblemNamingAsync(HttpStatusCode.UnprocessableEntity, "expertOpinionWaivedBecause");
        Assert.Equal("expertOpinionWaiverRequired", problem.Str("code"));
        Assert.Equal("open", (await review.Reviewer.GetReviewAsync(review.ReviewId)).Str("status"));
    }

    [Fact]
    public async Task Should_approve_without_an_opinion_when_the_reason_is_stated_and_show_it()
    {
        var review = await RequiredReviewCase.ExpertRecommendedAsync(api);

        using var response = await review.Reviewer.DecideAsync(review.ReviewId, ApproveWaiving(Waiver));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Waiver, (await response.JsonAsync())["decision"]!.Str("expertOpinionWaivedBecause"));
        Assert.Equal(Waiver, (await review.Reviewer.GetReviewAsync(review.ReviewId))["decision"]!.Str("expertOpinionWaivedBecause"));
    }

    [Theory]
    [InlineData("n/a")]
    [InlineData("   ")]
    [InlineData("See notes above.")]
    public async Task Should_refuse_a_placeholder_for_a_reason(string reason)
    {
        var review = await RequiredReviewCase.ExpertRecommendedAsync(api);

        using var response = await review.Reviewer.DecideAsync(review.ReviewId, ApproveWaiving(reason));

        await response.AssertProblemNamingAsync(HttpStatusCode.BadRequest, "expertOpinionWaivedBecause");
        Assert.Equal("open", (await review.Reviewer.GetReviewAsync(review.ReviewId)).Str("status"));
    }

    [Fact]
    public async Task Should_approve_without_a_reason_once_a_specialist_recommends_the_dose()
    {
        var review = await RequiredReviewCase.ExpertRecommendedAsync(api);
        using var specialist = await api.SpecialistAsync();
        await specialist.OpineAcceptedAsync(review.ReviewId, Opinions.Approve(RequiredReviewCase.ExpertRecommendedDose));

        using var response = await review.Reviewer.DecideAsync(review.ReviewId, Decisions.Approve());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null((await response.JsonAsync())["decision"]!["expertOpinionWaivedBecause"]);
    }

    [Fact]
    public async Task Should_need_the_reason_above_the_dose_the_specialist_supports()
    {
        var review = await RequiredReviewCase.ExpertRecommendedAsync(api);
        using var specialist = await api.SpecialistAsync();
        await specialist.OpineAcceptedAsync(review.ReviewId, Opinions.Approve(120));

        using var above = await review.Reviewer.DecideAsync(review.ReviewId, Decisions.ApproveModified(130));
        await above.AssertProblemNamingAsync(HttpStatusCode.UnprocessableEntity, "expertOpinionWaivedBecause");
        using var within = await review.Reviewer.DecideAsync(review.ReviewId, Decisions.ApproveModified(120));

        Assert.Equal(HttpStatusCode.OK, within.StatusCode);
    }

    [Fact]
    public async Task Should_refuse_a_reason_on_anything_but_an_approval()
    {
        var review = await RequiredReviewCase.ExpertRecommendedAsync(api);
        var denial = Decisions.Deny();
        denial["expertOpinionWaivedBecause"] = Waiver;

        using var response = await review.Reviewer.DecideAsync(review.ReviewId, denial);

        await response.AssertProblemNamingAsync(HttpStatusCode.BadRequest, "expertOpinionWaivedBecause");
    }

    [Theory]
    [InlineData(ReviewLevel.Single)]
    [InlineData(ReviewLevel.Collegial)]
    public async Task Should_refuse_a_reason_where_no_expert_opinion_can_be_waived(ReviewLevel level)
    {
        var review = await RequiredReviewCase.OpenAsync(api, new ReviewRequirement(level, 1), RequiredReviewCase.CollegialDose);
        using var specialist = await api.SpecialistAsync();
        await specialist.OpineAcceptedAsync(review.ReviewId, Opinions.Approve(RequiredReviewCase.CollegialDose));

        using var response = await review.Reviewer.DecideAsync(review.ReviewId, ApproveWaiving(Waiver));

        var problem = await response.AssertProblemNamingAsync(HttpStatusCode.UnprocessableEntity, "expertOpinionWaivedBecause");
        Assert.Equal("expertOpinionWaiverNotApplicable", problem.Str("code"));
        Assert.Equal("open", (await review.Reviewer.GetReviewAsync(review.ReviewId)).Str("status"));
    }
}
