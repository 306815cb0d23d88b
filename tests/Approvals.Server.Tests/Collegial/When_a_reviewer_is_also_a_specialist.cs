using System.Net;
using Approvals.Contracts;
using Approvals.Http;
using Approvals.Messaging.Bus;
using Approvals.Server.Tests.Infrastructure;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Server.Tests.Collegial;

/// <summary>
/// A user holding both <c>reviewer</c> and <c>specialist</c> is, on one review round, its reviewer or one of its
/// specialists, never both: whoever gave an opinion does not decide the round (409 <c>deciderGaveOpinion</c>), and
/// whoever asked the prescriber for information in it does not give an opinion (409 <c>opinionFromReviewer</c>). So two
/// people never make a decision that needs three, and a decider's own opinion is never the expert backing.
/// </summary>
public sealed class When_a_reviewer_is_also_a_specialist(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    Task<HttpClient> ReviewerAndSpecialistAsync(string userId) => api.ClientAsync(userId, Roles.Reviewer, Roles.Specialist);

    [Fact]
    public async Task Should_refuse_every_decision_of_the_reviewer_who_gave_an_opinion_with_409()
    {
        var review = await RequiredReviewCase.CollegialAsync(api, specialists: 2);
        using var both = await ReviewerAndSpecialistAsync(Users.NewId("reviewer-specialist"));
        using var colleague = await api.SpecialistAsync();
        await both.OpineAcceptedAsync(review.ReviewId, Opinions.Approve(RequiredReviewCase.CollegialDose));
        await colleague.OpineAcceptedAsync(review.ReviewId, Opinions.Approve(RequiredReviewCase.CollegialDose));

        using var approval = await both.DecideAsync(review.ReviewId, Decisions.Approve());
        using var denial = await both.DecideAsync(review.ReviewId, Decisions.Deny());
        using var question = await both.DecideAsync(review.ReviewId, Decisions.RequestInformation("Liver function tests?"));

        foreach (var refused in new[] { approval, denial, question })
            Assert.Equal("deciderGaveOpinion", (await refused.AssertProblemAsync(HttpStatusCode.Conflict)).Str("code"));
        var now = await review.Reviewer.GetReviewAsync(review.ReviewId);
        Assert.Equal(("open", 0), (now.Str("status"), now["missingOpinions"]!.GetValue<int>()));
        Assert.Null(now["decision"]);
    }

    [Fact]
    public async Task Should_let_another_reviewer_decide_on_the_same_opinions()
    {
        var review = await RequiredReviewCase.CollegialAsync(api, specialists: 2);
        using var both = await ReviewerAndSpecialistAsync(Users.NewId("reviewer-specialist"));
        using var colleague = await api.SpecialistAsync();
        await both.OpineAcceptedAsync(review.ReviewId, Opinions.Approve(RequiredReviewCase.CollegialDose));
        await colleague.OpineAcceptedAsync(review.ReviewId, Opinions.Approve(RequiredReviewCase.CollegialDose));

        using var approved = await review.Reviewer.DecideAsync(review.ReviewId, Decisions.Approve());

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var decided = await approved.JsonAsync();
        Assert.Equal((review.ReviewerId, 0), (decided["decision"]!.Str("reviewerId"), decided["missingOpinions"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Should_not_take_the_decider_s_own_opinion_as_the_expert_backing()
    {
        var review = await RequiredReviewCase.ExpertRecommendedAsync(api);
        using var both = await ReviewerAndSpecialistAsync(Users.NewId("reviewer-specialist"));
        await both.OpineAcceptedAsync(review.ReviewId, Opinions.Approve(RequiredReviewCase.ExpertRecommendedDose));

        using var ownBacking = await both.DecideAsync(review.ReviewId, Decisions.Approve());

        Assert.Equal("deciderGaveOpinion", (await ownBacking.AssertProblemAsync(HttpStatusCode.Conflict)).Str("code"));
        Assert.Equal("open", (await review.Reviewer.GetReviewAsync(review.ReviewId)).Str("status"));
    }

    [Fact]
    public async Task Should_refuse_an_opinion_from_the_reviewer_who_asked_for_information_once_the_review_is_open_again()
    {
        var review = await RequiredReviewCase.CollegialAsync(api, specialists: 1);
        using var both = await ReviewerAndSpecialistAsync(Users.NewId("reviewer-specialist"));
        using var asked = await both.DecideAsync(review.ReviewId, Decisions.RequestInformation("Liver function tests?"));
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        await ResumeAsync(review, "ALT and AST within normal range.");
        await review.Reviewer.WaitForReviewStatusAsync(review.ReviewId, "open");

        using var opinion = await both.OpineAsync(review.ReviewId, Opinions.Approve(RequiredReviewCase.CollegialDose));

        Assert.Equal("opinionFromReviewer", (await opinion.AssertProblemAsync(HttpStatusCode.Conflict)).Str("code"));
        var now = await review.Reviewer.GetReviewAsync(review.ReviewId);
        Assert.Equal((0, 1), (now["opinions"]!.AsArray().Count, now["missingOpinions"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Should_record_both_refusals_in_the_audit_trail()
    {
        var review = await RequiredReviewCase.CollegialAsync(api, specialists: 1);
        var bothId = Users.NewId("reviewer-specialist");
        using var both = await ReviewerAndSpecialistAsync(bothId);
        var askerId = Users.NewId("reviewer-specialist");
        using var asker = await ReviewerAndSpecialistAsync(askerId);
        using var auditor = await api.ClientAsync(Users.NewId("auditor"), Roles.Auditor);
        using (var asked = await asker.DecideAsync(review.ReviewId, Decisions.RequestInformation("Liver function tests?")))
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        await ResumeAsync(review, "ALT and AST within normal range.");
        await review.Reviewer.WaitForReviewStatusAsync(review.ReviewId, "open");
        await both.OpineAcceptedAsync(review.ReviewId, Opinions.Approve(RequiredReviewCase.CollegialDose));

        using var decision = await both.DecideAsync(review.ReviewId, Decisions.Approve());
        using var opinion = await asker.OpineAsync(review.ReviewId, Opinions.Approve(RequiredReviewCase.CollegialDose));
        await decision.AssertProblemAsync(HttpStatusCode.Conflict);
        await opinion.AssertProblemAsync(HttpStatusCode.Conflict);

        var trail = await auditor.WaitForTrailAsync(review.RequestId,
            t => t.Any(e => e.Str("action") == "decision.refused") && t.Any(e => e.Str("action") == "opinion.refused"), "both refusals");
        var refusedDecision = trail.Only("decision.refused");
        var refusedOpinion = trail.Only("opinion.refused");
        Assert.Equal((bothId, "reviewer", 409), (refusedDecision.Str("actorId"), refusedDecision.Str("actorRole"),
            refusedDecision["newValues"]!["status"]!.GetValue<int>()));
        Assert.Contains("gave an opinion", refusedDecision.Str("reason"), StringComparison.Ordinal);
        Assert.Equal((askerId, "specialist", 409), (refusedOpinion.Str("actorId"), refusedOpinion.Str("actorRole"),
            refusedOpinion["newValues"]!["status"]!.GetValue<int>()));
        Assert.Contains("acted as this review's reviewer", refusedOpinion.Str("reason"), StringComparison.Ordinal);
    }

    /// <summary>The prescriber's answer, as the workflow forwards it (these reviews have no saga behind them).</summary>
    async Task ResumeAsync(RequiredReviewCase review, string answer)
    {
        var endpoint = await api.Services.GetRequiredService<IBus>().GetSendEndpoint(ServiceAddresses.Review);
        await endpoint.Send(new ResumeReview(review.RequestId, review.ReviewId, answer, DateTimeOffset.UtcNow));
    }
}
