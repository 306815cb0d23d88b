using System.Net;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Collegial;

/// <summary>
/// A collegial review ends in approval only once the required number of distinct specialists, none of them the
/// prescriber, recommend it, and never above the lowest dose they support; a denial is possible at any time.
/// </summary>
public sealed class When_a_review_needs_a_collegial_decision(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    [Fact]
    public async Task Should_approve_once_two_distinct_specialists_recommend_it_and_not_before()
    {
        var review = await RequiredReviewCase.CollegialAsync(api, specialists: 2);
        using var first = await api.SpecialistAsync();
        using var second = await api.SpecialistAsync();

        var opened = await review.Reviewer.GetReviewAsync(review.ReviewId);
        Assert.Equal(("collegial", 2), (opened["requirement"]!.Str("level"), opened["requirement"]!["specialists"]!.GetValue<int>()));
        Assert.Equal((2, 0), (opened["missingOpinions"]!.GetValue<int>(), opened["opinions"]!.AsArray().Count));

        using var tooEarly = await review.Reviewer.DecideAsync(review.ReviewId, Decisions.Approve());
        var none = await tooEarly.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("opinionsMissing", none.Str("code"));
        Assert.Contains("2 missing", none.Str("detail"), StringComparison.Ordinal);

        var afterOne = await first.OpineAcceptedAsync(review.ReviewId, Opinions.Approve(RequiredReviewCase.CollegialDose));
        Assert.Equal(1, afterOne["missingOpinions"]!.GetValue<int>());
        using var stillEarly = await review.Reviewer.DecideAsync(review.ReviewId, Decisions.Approve());
        Assert.Contains("1 missing", (await stillEarly.AssertProblemAsync(HttpStatusCode.Conflict)).Str("detail"), StringComparison.Ordinal);

        var afterTwo = await second.OpineAcceptedAsync(review.ReviewId, Opinions.Approve(RequiredReviewCase.CollegialDose));
        Assert.Equal(0, afterTwo["missingOpinions"]!.GetValue<int>());
        using var approved = await review.Reviewer.DecideAsync(review.ReviewId, Decisions.Approve());

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var decided = await approved.JsonAsync();
        Assert.Equal(("decided", "approve"), (decided.Str("status"), decided["decision"]!.Str("outcome")));
        Assert.Equal(RequiredReviewCase.CollegialDose, decided["decision"]!["approvedDailyDoseMg"]!.GetValue<decimal>());
        Assert.Equal(2, decided["opinions"]!.AsArray().Count);
    }

    [Fact]
    public async Task Should_count_only_opinions_recommending_approval()
    {
        var review = await RequiredReviewCase.CollegialAsync(api, specialists: 2);
        using var approving = await api.SpecialistAsync();
        using var denying = await api.SpecialistAsync();
        await approving.OpineAcceptedAsync(review.ReviewId, Opinions.Approve(RequiredReviewCase.CollegialDose));
        await denying.OpineAcceptedAsync(review.ReviewId, Opinions.Deny());

        using var approval = await review.Reviewer.DecideAsync(review.ReviewId, Decisions.Approve());

        Assert.Equal("opinionsMissing", (await approval.AssertProblemAsync(HttpStatusCode.Conflict)).Str("code"));
        var now = await review.Reviewer.GetReviewAsync(review.ReviewId);
        Assert.Equal(("open", 1, 2), (now.Str("status"), now["missingOpinions"]!.GetValue<int>(), now["opinions"]!.AsArray().Count));
    }

    [Fact]
    public async Task Should_refuse_approval_above_the_lowest_dose_the_specialists_support()
    {
        var review = await RequiredReviewCase.CollegialAsync(api, specialists: 2);
        using var generous = await api.SpecialistAsync();
        using var cautious = await api.SpecialistAsync();
        await generous.OpineAcceptedAsync(review.ReviewId, Opinions.Approve(240));
        await cautious.OpineAcceptedAsync(review.ReviewId, Opinions.Approve(200));
        Assert.Equal(200, (await review.Reviewer.GetReviewAsync(review.ReviewId))["supportedDailyDoseMg"]!.GetValue<decimal>());

        using var asRequested = await review.Reviewer.DecideAsync(review.ReviewId, Decisions.Approve());
        using var justAbove = await review.Reviewer.DecideAsync(review.ReviewId, Decisions.ApproveModified(200.5m));

        foreach (var refused in new[] { asRequested, justAbove })
        {
            var problem = await refused.AssertProblemNamingAsync(HttpStatusCode.UnprocessableEntity, "approvedDailyDoseMg");
            Assert.Equal("doseAboveSupported", problem.Str("code"));
        }

        Assert.Equal("open", (await review.Reviewer.GetReviewAsync(review.ReviewId)).Str("status"));
        using var atSupported = await review.Reviewer.DecideAsync(review.ReviewId, Decisions.ApproveModified(200));
        Assert.Equal(HttpStatusCode.OK, atSupported.StatusCode);
        Assert.Equal(200, (await atSupported.JsonAsync())["decision"]!["approvedDailyDoseMg"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Should_let_a_reviewer_deny_before_any_opinion()
    {
        var review = await RequiredReviewCase.CollegialAsync(api, specialists: 2);

        using var denied = await review.Reviewer.DecideAsync(review.ReviewId, Decisions.Deny());

        Assert.Equal(HttpStatusCode.OK, denied.StatusCode);
        var decided = await denied.JsonAsync();
        Assert.Equal(("decided", "deny", 2), (decided.Str("status"), decided["decision"]!.Str("outcome"), decided["missingOpinions"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Should_open_a_review_without_a_requirement_for_one_reviewer()
    {
        var review = await RequiredReviewCase.OpenAsync(api, requirement: null, dailyDoseMg: 60);

        var opened = await review.Reviewer.GetReviewAsync(review.ReviewId);
        Assert.Equal(("single", 0, 0), (opened["requirement"]!.Str("level"), opened["requirement"]!["specialists"]!.GetValue<int>(),
            opened["missingOpinions"]!.GetValue<int>()));
        using var approved = await review.Reviewer.DecideAsync(review.ReviewId, Decisions.Approve());
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
    }

    [Fact]
    public async Task Should_show_the_requirement_and_what_is_missing_in_the_queue()
    {
        var review = await RequiredReviewCase.CollegialAsync(api, specialists: 3);
        using var specialist = await api.SpecialistAsync();
        await specialist.OpineAcceptedAsync(review.ReviewId, Opinions.Approve(RequiredReviewCase.CollegialDose));

        var queued = (await specialist.ListAllAsync(ReviewsApi.OpenQueue)).Single(r => r.Id() == review.ReviewId);

        Assert.Equal(("collegial", 3, 2), (queued["requirement"]!.Str("level"), queued["requirement"]!["specialists"]!.GetValue<int>(),
            queued["missingOpinions"]!.GetValue<int>()));
    }
}
