using System.Net;
using Approvals.Server.Tests.Infrastructure;
using static Approvals.Server.Tests.Infrastructure.ApprovedCase;

namespace Approvals.Server.Tests.Http;

public sealed class When_paging_through_follow_ups(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    [Fact]
    public async Task Should_serve_every_follow_up_once_newest_first()
    {
        var (open, _) = await StartAsync(api);
        var reported = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            // Assessed the same day (the request is today's): the later report comes first.
            using var created = await open.Prescriber.PostJsonAsync(FollowUpsPath(open.RequestId), FollowUp());
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            reported.Add((await created.JsonAsync()).Id());
        }

        var pages = new List<List<Guid>>();
        string? cursor = null;
        do
        {
            var page = await open.Reviewer.ListPageAsync(FollowUpsPath(open.RequestId), limit: 2, cursor);
            pages.Add([.. page["items"]!.AsArray().Select(f => f!.Id())]);
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);

        Assert.Equal(Enumerable.Reverse(reported), pages.SelectMany(p => p));
        Assert.Equal([2, 2, 1], pages.Select(p => p.Count));
    }

    [Fact]
    public async Task Should_refuse_a_cursor_it_did_not_issue_for_this_request()
    {
        var (first, _) = await StartAsync(api);
        var (second, _) = await StartAsync(api);
        await first.ReportFollowUpAsync();
        await first.ReportFollowUpAsync();
        var firstsCursor = (await first.Prescriber.ListPageAsync(FollowUpsPath(first.RequestId), limit: 1, cursor: null))["nextCursor"]!.GetValue<string>();

        foreach (var query in new[] { $"cursor={Uri.EscapeDataString(firstsCursor)}", "cursor=not-a-cursor", "limit=0", "limit=201" })
        {
            using var response = await second.Reviewer.GetAsync($"{FollowUpsPath(second.RequestId)}?{query}");
            await response.AssertProblemNamingAsync(HttpStatusCode.BadRequest, query.Split('=')[0]);
        }
    }
}
