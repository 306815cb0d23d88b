using System.Net;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Collegial;

/// <summary>
/// An opinion is signed (meaning collegial-opinion), shown in the review, given once per specialist, never on one's own
/// request, only while the review is open, and only by a specialist who signed in recently.
/// </summary>
public sealed class When_a_specialist_gives_an_opinion(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    [Fact]
    public async Task Should_show_the_signed_opinion_in_the_review()
    {
        var review = await RequiredReviewCase.CollegialAsync(api);
        var specialistId = Users.NewId("specialist");
        using var specialist = await api.SignedInClientAsync(specialistId, "Dr Léa Moreau", DateTimeOffset.UtcNow, Roles.Specialist);
        using var colleague = await api.SpecialistAsync();

        var answered = await specialist.OpineAcceptedAsync(review.ReviewId, Opinions.Approve(220));
        await colleague.OpineAcceptedAsync(review.ReviewId, Opinions.Deny());

        var opinions = (await review.Reviewer.GetReviewAsync(review.ReviewId))["opinions"]!.AsArray().Select(o => o!.AsObject()).ToList();
        Assert.Equal(2, opinions.Count);
        var mine = opinions[0];
        Assert.Equal(answered["opinions"]![0]!.ToJsonString(), mine.ToJsonString());
        Assert.Equal((specialistId, "Dr Léa Moreau", "approve", 220m),
            (mine.Str("specialistId"), mine.Str("specialistName"), mine.Str("recommendation"), mine["supportedDailyDoseMg"]!.GetValue<decimal>()));
        Assert.Equal(Opinions.Approve(220).Str("rationale"), mine.Str("rationale"));
        var signature = mine["signature"]!;
        Assert.Equal((specialistId, "Dr Léa Moreau", "collegial-opinion"),
            (signature.Str("signerId"), signature.Str("printedName"), signature.Str("meaning")));
        Assert.Matches("^[0-9a-f]{64}$", signature.Str("signedRecordHash"));
        Assert.Equal("deny", opinions[1].Str("recommendation"));
        Assert.Null(opinions[1]["supportedDailyDoseMg"]);
        Assert.NotEqual(signature.Str("signedRecordHash"), opinions[1]["signature"]!.Str("signedRecordHash"));
    }

    [Fact]
    public async Task Should_refuse_a_second_opinion_by_the_same_specialist_with_409()
    {
        var review = await RequiredReviewCase.CollegialAsync(api);
        using var specialist = await api.SpecialistAsync();
        await specialist.OpineAcceptedAsync(review.ReviewId, Opinions.Approve(RequiredReviewCase.CollegialDose));

        using var again = await specialist.OpineAsync(review.ReviewId, Opinions.Approve(RequiredReviewCase.CollegialDose));

        Assert.Contains("counts once", (await again.AssertProblemAsync(HttpStatusCode.Conflict)).Str("detail"), StringComparison.Ordinal);
        var now = await review.Reviewer.GetReviewAsync(review.ReviewId);
        Assert.Equal((1, 1), (now["opinions"]!.AsArray().Count, now["missingOpinions"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Should_forbid_the_prescriber_to_give_an_opinion_on_their_own_request()
    {
        var prescriberId = Users.NewId("prescriber-specialist");
        var review = await RequiredReviewCase.CollegialAsync(api, prescriberId: prescriberId);
        using var prescriberAsSpecialist = await api.ClientAsync(prescriberId, Roles.Prescriber, Roles.Specialist);

        using var own = await prescriberAsSpecialist.OpineAsync(review.ReviewId, Opinions.Approve(RequiredReviewCase.CollegialDose));

        await own.AssertProblemAsync(HttpStatusCode.Forbidden);
        var now = await review.Reviewer.GetReviewAsync(review.ReviewId);
        Assert.Equal((0, 2), (now["opinions"]!.AsArray().Count, now["missingOpinions"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Should_refuse_an_opinion_once_the_review_is_decided_or_waits_for_the_prescriber()
    {
        var decided = await RequiredReviewCase.CollegialAsync(api);
        var asking = await RequiredReviewCase.CollegialAsync(api);
        using var specialist = await api.SpecialistAsync();
        using var denial = await decided.Reviewer.DecideAsync(decided.ReviewId, Decisions.Deny());
        using var question = await asking.Reviewer.DecideAsync(asking.ReviewId, Decisions.RequestInformation("Liver function tests?"));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (denial.StatusCode, question.StatusCode));

        using var late = await specialist.OpineAsync(decided.ReviewId, Opinions.Approve(RequiredReviewCase.CollegialDose));
        using var waiting = await specialist.OpineAsync(asking.ReviewId, Opinions.Approve(RequiredReviewCase.CollegialDose));

        Assert.Contains("already decided", (await late.AssertProblemAsync(HttpStatusCode.Conflict)).Str("detail"), StringComparison.Ordinal);
        Assert.Contains("awaiting", (await waiting.AssertProblemAsync(HttpStatusCode.Conflict)).Str("detail"), StringComparison.Ordinal);
        Assert.Empty((await decided.Reviewer.GetReviewAsync(decided.ReviewId))["opinions"]!.AsArray());
        Assert.Empty((await asking.Reviewer.GetReviewAsync(asking.ReviewId))["opinions"]!.AsArray());
    }

    [Fact]
    public async Task Should_ask_a_specialist_who_signed_in_long_ago_to_sign_in_again()
    {
        var review = await RequiredReviewCase.CollegialAsync(api);
        using var stale = await api.SignedInClientAsync(Users.NewId("specialist"), "Dr Moreau", DateTimeOffset.UtcNow.AddMinutes(-30),
            Roles.Specialist);

        using var response = await stale.OpineAsync(review.ReviewId, Opinions.Approve(RequiredReviewCase.CollegialDose));

        var problem = await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("insufficient_user_authentication", problem.Str("error"));
        Assert.Contains("insufficient_user_authentication", Assert.Single(response.Headers.WwwAuthenticate).Parameter, StringComparison.Ordinal);
        Assert.Empty((await review.Reviewer.GetReviewAsync(review.ReviewId))["opinions"]!.AsArray());
    }

    [Fact]
    public async Task Should_answer_401_without_a_token()
    {
        var review = await RequiredReviewCase.CollegialAsync(api);
        using var anonymous = api.CreateClient();

        using var response = await anonymous.OpineAsync(review.ReviewId, Opinions.Approve(RequiredReviewCase.CollegialDose));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.Prescriber)]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.Admin)]
    public async Task Should_answer_403_to_anyone_but_a_specialist(string role)
    {
        var review = await RequiredReviewCase.CollegialAsync(api);
        using var client = await api.ClientAsync(Users.NewId(role), role);

        using var response = await client.OpineAsync(review.ReviewId, Opinions.Approve(RequiredReviewCase.CollegialDose));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty((await review.Reviewer.GetReviewAsync(review.ReviewId))["opinions"]!.AsArray());
    }

    [Fact]
    public async Task Should_answer_404_for_an_unknown_review()
    {
        using var specialist = await api.SpecialistAsync();

        using var response = await specialist.OpineAsync(Guid.NewGuid(), Opinions.Approve(RequiredReviewCase.CollegialDose));

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
