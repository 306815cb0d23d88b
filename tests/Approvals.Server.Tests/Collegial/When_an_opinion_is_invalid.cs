using System.Net;
using System.Text.Json.Nodes;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Collegial;

/// <summary>A refused opinion answers a problem naming each bad field and stores nothing (the review asks 250 mg/day).</summary>
public sealed class When_an_opinion_is_invalid(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    public static TheoryData<string, string> Refused() => new()
    {
        { """{"rationale": "No recommendation given."}""", "recommendation" },
        { """{"recommendation": "abstain", "rationale": "Not sure."}""", "recommendation" },
        { """{"recommendation": "approve", "rationale": "No dose given."}""", "supportedDailyDoseMg" },
        { """{"recommendation": "approve", "supportedDailyDoseMg": 0, "rationale": "Zero."}""", "supportedDailyDoseMg" },
        { """{"recommendation": "approve", "supportedDailyDoseMg": -40, "rationale": "Negative."}""", "supportedDailyDoseMg" },
        { """{"recommendation": "approve", "supportedDailyDoseMg": 250.01, "rationale": "Above the request."}""", "supportedDailyDoseMg" },
        { """{"recommendation": "deny", "supportedDailyDoseMg": 120, "rationale": "A dose with a denial."}""", "supportedDailyDoseMg" },
        { """{"recommendation": "approve", "supportedDailyDoseMg": 200}""", "rationale" },
        { """{"recommendation": "approve", "supportedDailyDoseMg": 200, "rationale": "   "}""", "rationale" },
        { $$"""{"recommendation": "deny", "rationale": "{{new string('x', 4001)}}"}""", "rationale" },
        { """{"recommendation": "approve", "supportedDailyDoseMg": 200, "rationale": "Fine.", "dose": 200}""", "dose" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Should_name_the_field_and_store_nothing(string opinion, string field)
    {
        var review = await RequiredReviewCase.CollegialAsync(api);
        using var specialist = await api.SpecialistAsync();

        using var response = await specialist.OpineAsync(review.ReviewId, JsonNode.Parse(opinion)!);

        await response.AssertProblemNamingAsync(HttpStatusCode.BadRequest, field);
        await AssertNoOpinionAsync(review);
    }

    [Fact]
    public async Task Should_name_every_bad_field_at_once()
    {
        var review = await RequiredReviewCase.CollegialAsync(api);
        using var specialist = await api.SpecialistAsync();

        using var response = await specialist.OpineAsync(review.ReviewId,
            new JsonObject { ["recommendation"] = "approve", ["supportedDailyDoseMg"] = 0 });

        var problem = await response.AssertProblemNamingAsync(HttpStatusCode.BadRequest, "supportedDailyDoseMg");
        Assert.True(problem["errors"]!.AsObject().ContainsKey("rationale"), problem.ToJsonString());
        await AssertNoOpinionAsync(review);
    }

    [Fact]
    public async Task Should_accept_the_same_specialist_once_the_body_is_put_right()
    {
        var review = await RequiredReviewCase.CollegialAsync(api);
        using var specialist = await api.SpecialistAsync();
        using var refused = await specialist.OpineAsync(review.ReviewId, new JsonObject { ["recommendation"] = "approve" });
        await refused.AssertProblemAsync(HttpStatusCode.BadRequest);

        var answered = await specialist.OpineAcceptedAsync(review.ReviewId, Opinions.Approve(RequiredReviewCase.CollegialDose));

        Assert.Single(answered["opinions"]!.AsArray());
    }

    static async Task AssertNoOpinionAsync(RequiredReviewCase review)
    {
        var now = await review.Reviewer.GetReviewAsync(review.ReviewId);
        Assert.Empty(now["opinions"]!.AsArray());
        Assert.Equal(("open", 2), (now.Str("status"), now["missingOpinions"]!.GetValue<int>()));
    }
}
