using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Claims;

/// <summary>The queue's <c>claimed</c> filter, seen from the caller: their claims, nobody's, or other reviewers'.</summary>
public sealed class When_a_reviewer_filters_the_queue_by_claim(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    [Fact]
    public async Task Should_list_mine_unclaimed_or_others_claims()
    {
        var mine = await OpenCase.StartAsync(api);
        var others = await OpenCase.StartAsync(api);
        var unclaimed = await OpenCase.StartAsync(api);
        (await mine.Reviewer.ClaimAsync(mine.ReviewId)).Dispose();
        (await others.Reviewer.ClaimAsync(others.ReviewId)).Dispose();
        var me = mine.Reviewer;

        var listedMine = await me.ListAllAsync($"{ReviewsApi.Path}?claimed=mine");
        var listedUnclaimed = await me.ListAllAsync($"{ReviewsApi.OpenQueue}&claimed=unclaimed");
        var listedOthers = await me.ListAllAsync($"{ReviewsApi.Path}?claimed=others");

        Assert.Equal([mine.ReviewId], listedMine.Select(r => r.Id()));
        Assert.Contains(unclaimed.ReviewId, listedUnclaimed.Select(r => r.Id()));
        Assert.All(listedUnclaimed, r => Assert.Null(r["claim"]));
        Assert.DoesNotContain(mine.ReviewId, listedUnclaimed.Select(r => r.Id()));
        Assert.Contains(others.ReviewId, listedOthers.Select(r => r.Id()));
        Assert.DoesNotContain(mine.ReviewId, listedOthers.Select(r => r.Id()));
        Assert.DoesNotContain(unclaimed.ReviewId, listedOthers.Select(r => r.Id()));
        Assert.All(listedOthers, r => Assert.NotEqual(mine.ReviewerId, r["claim"]!.Str("userId")));
    }

    [Fact]
    public async Task Should_page_through_a_filtered_queue_without_losing_a_claim()
    {
        var reviewerId = Users.NewId("reviewer");
        using var reviewer = await api.ClientAsync(reviewerId, Roles.Reviewer);
        var cases = new List<OpenCase>();
        for (var i = 0; i < 3; i++)
            cases.Add(await OpenCase.StartAsync(api));
        foreach (var open in cases)
            (await reviewer.ClaimAsync(open.ReviewId)).Dispose();

        var listed = await reviewer.ListAllAsync($"{ReviewsApi.Path}?claimed=mine", limit: 1);

        Assert.Equal(cases.Select(c => c.ReviewId).Order(), listed.Select(r => r.Id()).Order());
    }
}
