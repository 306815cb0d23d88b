using System.Net;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Audit;

/// <summary>
/// Opinions join the trail with their signatures, and so do the attempts the collegial rules refused: a second opinion,
/// an opinion on one's own request, an approval before the opinions are in or above the dose they support.
/// </summary>
public sealed class When_an_opinion_is_recorded(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    [Fact]
    public async Task Should_record_the_opinion_with_the_specialist_s_signature()
    {
        var review = await RequiredReviewCase.CollegialAsync(api);
        var specialistId = Users.NewId("specialist");
        using var specialist = await api.SignedInClientAsync(specialistId, "Dr Léa Moreau", DateTimeOffset.UtcNow, Roles.Specialist);
        using var auditor = await api.ClientAsync(Users.NewId("auditor"), Roles.Auditor);

        var answered = await specialist.OpineAcceptedAsync(review.ReviewId, Opinions.Approve(220));

        var trail = await auditor.WaitForTrailAsync(review.RequestId, t => t.Any(e => e.Str("action") == "opinion.recorded"), "the opinion");
        var entry = trail.Only("opinion.recorded");
        Assert.Equal((specialistId, "Dr Léa Moreau", "specialist", "review", review.ReviewId.ToString(), 2),
            (entry.Str("actorId"), entry.Str("actorName"), entry.Str("actorRole"), entry.Str("entityType"), entry.Str("entityId"),
                entry["entityVersion"]!.GetValue<int>()));
        var values = entry["newValues"]!;
        var shown = answered["opinions"]![0]!;
        Assert.Equal(shown["id"]!.GetValue<Guid>(), values["opinionId"]!.GetValue<Guid>());
        Assert.Equal(("approve", 220m), (values.Str("recommendation"), values["supportedDailyDoseMg"]!.GetValue<decimal>()));
        Assert.Equal(shown["signature"]!.ToJsonString(), values["signature"]!.ToJsonString());
        Assert.Equal(shown.Str("rationale"), entry.Str("reason"));
    }

    [Fact]
    public async Task Should_record_a_second_opinion_and_the_prescriber_s_opinion_as_refused()
    {
        var prescriberId = Users.NewId("prescriber-specialist");
        var review = await RequiredReviewCase.CollegialAsync(api, prescriberId: prescriberId);
        var specialistId = Users.NewId("specialist");
        using var specialist = await api.SpecialistAsync(specialistId);
        using var prescriberAsSpecialist = await api.ClientAsync(prescriberId, Roles.Prescriber, Roles.Specialist);
        using var auditor = await api.ClientAsync(Users.NewId("auditor"), Roles.Auditor);
        await specialist.OpineAcceptedAsync(review.ReviewId, Opinions.Approve(RequiredReviewCase.CollegialDose));

        using var again = await specialist.OpineAsync(review.ReviewId, Opinions.Deny());
        using var own = await prescriberAsSpecialist.OpineAsync(review.ReviewId, Opinions.Approve(RequiredReviewCase.CollegialDose));
        await again.AssertProblemAsync(HttpStatusCode.Conflict);
        await own.AssertProblemAsync(HttpStatusCode.Forbidden);

        var trail = await auditor.WaitForTrailAsync(review.RequestId, t => t.Count(e => e.Str("action") == "opinion.refused") == 2,
            "both refusals");
        var refused = trail.Where(e => e.Str("action") == "opinion.refused")
            .Select(e => (e.Str("actorId"), e.Str("actorRole"), e["newValues"]!["status"]!.GetValue<int>()))
            .ToHashSet();
        Assert.Equal(new HashSet<(string?, string?, int)> { (specialistId, "specialist", 409), (prescriberId, "specialist", 403) }, refused);
        Assert.Single(trail, e => e.Str("action") == "opinion.recorded");
    }

    [Fact]
    public async Task Should_record_approvals_the_collegial_rules_refused()
    {
        var review = await RequiredReviewCase.CollegialAsync(api, specialists: 1);
        using var specialist = await api.SpecialistAsync();
        using var auditor = await api.ClientAsync(Users.NewId("auditor"), Roles.Auditor);

        using var early = await review.Reviewer.DecideAsync(review.ReviewId, Decisions.Approve());
        await specialist.OpineAcceptedAsync(review.ReviewId, Opinions.Approve(200));
        using var tooHigh = await review.Reviewer.DecideAsync(review.ReviewId, Decisions.Approve());
        await early.AssertProblemAsync(HttpStatusCode.Conflict);
        await tooHigh.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        var trail = await auditor.WaitForTrailAsync(review.RequestId, t => t.Count(e => e.Str("action") == "decision.refused") == 2,
            "both refusals");
        var refused = trail.Where(e => e.Str("action") == "decision.refused").ToDictionary(e => e["newValues"]!["status"]!.GetValue<int>());
        Assert.Contains("1 missing", refused[409].Str("reason"), StringComparison.Ordinal);
        Assert.Contains("at most 200", refused[422].Str("reason"), StringComparison.Ordinal);
        Assert.All(refused.Values, e => Assert.Equal((review.ReviewerId, "reviewer"), (e.Str("actorId"), e.Str("actorRole"))));
    }

    [Fact]
    public async Task Should_record_the_reason_an_expert_opinion_was_waived_with_the_decision()
    {
        const string waiver = "No addiction specialist could see the patient within the review clock.";
        var review = await RequiredReviewCase.ExpertRecommendedAsync(api);
        using var auditor = await api.ClientAsync(Users.NewId("auditor"), Roles.Auditor);
        var approval = Decisions.Approve();
        approval["expertOpinionWaivedBecause"] = waiver;

        using var decided = await review.Reviewer.DecideAsync(review.ReviewId, approval);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);

        var trail = await auditor.WaitForTrailAsync(review.RequestId, t => t.Any(e => e.Str("action") == "decision.recorded"), "the decision");
        Assert.Equal(waiver, trail.Only("decision.recorded")["newValues"]!.Str("expertOpinionWaivedBecause"));
    }
}
