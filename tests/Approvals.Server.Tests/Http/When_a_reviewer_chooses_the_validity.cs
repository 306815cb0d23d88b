using System.Net;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Http;

public sealed class When_a_reviewer_chooses_the_validity(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    [Fact]
    public async Task Should_keep_a_shorter_window_than_the_default()
    {
        var until = DateTimeOffset.UtcNow.AddDays(60);
        var decision = Decisions.Approve();
        decision["validUntil"] = until;

        var (open, approved) = await ApprovedCase.StartAsync(api, decision);

        Assert.Equal(until, approved["validUntil"]!.GetValue<DateTimeOffset>());
        Assert.Equal(until, (await open.Reviewer.GetReviewAsync(open.ReviewId))["decision"]!["validUntil"]!.GetValue<DateTimeOffset>());
    }

    public static TheoryData<string, int> Refused => new()
    {
        { "approve", 366 },
        { "approve", -1 },
        { "deny", 30 },
        { "request-information", 30 },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Should_refuse_a_window_beyond_the_maximum_in_the_past_or_on_anything_but_an_approval(string outcome, int days)
    {
        var open = await OpenCase.StartAsync(api);
        var decision = outcome switch
        {
            "approve" => Decisions.Approve(),
            "deny" => Decisions.Deny(),
            _ => Decisions.RequestInformation("Weight?"),
        };
        decision["validUntil"] = DateTimeOffset.UtcNow.AddDays(days);

        using var response = await open.Reviewer.DecideAsync(open.ReviewId, decision);

        await response.AssertProblemNamingAsync(HttpStatusCode.BadRequest, "validUntil");
        Assert.Equal("open", (await open.Reviewer.GetReviewAsync(open.ReviewId)).Str("status"));
    }
}
