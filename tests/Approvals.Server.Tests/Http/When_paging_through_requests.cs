using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Http;

public sealed class When_paging_through_requests(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    const int Count = 7;
    const int PageSize = 3;

    [Fact]
    public async Task Should_serve_every_request_once_newest_first()
    {
        using var prescriber = await api.ClientAsync(Users.NewId("prescriber"), Roles.Prescriber);
        var submitted = new List<Guid>();
        for (var i = 0; i < Count; i++)
            submitted.Add(await prescriber.SubmitValidAsync());

        var (walked, pages) = await WalkAsync(prescriber, afterFirstPage: () => Task.CompletedTask);

        Assert.Equal(Enumerable.Reverse(submitted), walked);
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task Should_neither_repeat_nor_skip_when_a_request_arrives_between_pages()
    {
        using var prescriber = await api.ClientAsync(Users.NewId("prescriber"), Roles.Prescriber);
        var submitted = new List<Guid>();
        for (var i = 0; i < Count; i++)
            submitted.Add(await prescriber.SubmitValidAsync());

        // The newcomer sorts before the cursor: an offset-based page 2 would repeat the last item of page 1.
        var (walked, _) = await WalkAsync(prescriber, afterFirstPage: () => prescriber.SubmitValidAsync());

        Assert.Equal(Enumerable.Reverse(submitted), walked);
    }

    static async Task<(List<Guid> Ids, int Pages)> WalkAsync(HttpClient client, Func<Task> afterFirstPage)
    {
        var ids = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await client.ListPageAsync(RequestsApi.Path, PageSize, cursor);
            pages++;
            var items = page["items"]!.AsArray();
            Assert.InRange(items.Count, 1, PageSize);
            ids.AddRange(items.Select(i => i!.Id()));
            cursor = page["nextCursor"]?.GetValue<string>();
            if (pages == 1)
                await afterFirstPage();
        }
        while (cursor is not null);
        return (ids, pages);
    }
}
