using System.Net;
using System.Text.Json.Nodes;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Http;

/// <summary>A refused decision answers a problem naming the field and leaves the review open and undecided.</summary>
public sealed class When_a_decision_is_invalid(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    public static TheoryData<string, string> Refused() => new()
    {
        { """{"rationale": "No outcome given."}""", "outcome" },
        { """{"outcome": "maybe"}""", "outcome" },
        { """{"outcome": "deny", "rationale": "Not enough evidence."}""", "reasonCode" },
        { """{"outcome": "deny", "reasonCode": "BECAUSE", "rationale": "Not enough evidence."}""", "reasonCode" },
        { """{"outcome": "approve-modified", "approvedDailyDoseMg": 60, "rationale": "Same dose."}""", "approvedDailyDoseMg" },
        { """{"outcome": "approve-modified", "approvedDailyDoseMg": 90, "rationale": "Higher dose."}""", "approvedDailyDoseMg" },
        { """{"outcome": "request-information", "questions": []}""", "questions" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Should_name_the_field_and_leave_the_review_open(string decision, string field)
    {
        var open = await OpenCase.StartAsync(api);

        using var response = await open.Reviewer.DecideAsync(open.ReviewId, JsonNode.Parse(decision)!);

        await response.AssertProblemNamingAsync(HttpStatusCode.BadRequest, field);
        var review = await open.Reviewer.GetReviewAsync(open.ReviewId);
        Assert.Equal("open", review.Str("status"));
        Assert.Null(review["decision"]);
    }
}
