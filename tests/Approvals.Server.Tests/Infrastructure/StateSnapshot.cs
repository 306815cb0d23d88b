using Approvals.Http;

namespace Approvals.Server.Tests.Infrastructure;

/// <summary>
/// The requests and reviews as listed, to show that a refused call stored nothing. Cases left by earlier tests may
/// still move on through the workflow (a review opening late), which is no change made by the refused call.
/// </summary>
public sealed record StateSnapshot(IReadOnlyList<Guid> Requests, IReadOnlySet<Guid> ReviewedRequests)
{
    public static async Task<StateSnapshot> TakeAsync(ApprovalsApiFactory api)
    {
        // A reviewer sees every request and the whole queue.
        using var observer = await api.ClientAsync(Users.NewId("observer"), Roles.Reviewer);
        var requests = await observer.ListAllAsync(RequestsApi.Path);
        var reviews = await observer.ListAllAsync(ReviewsApi.Path);
        return new StateSnapshot([.. requests.Select(r => r.Id())], reviews.Select(r => r.Id("requestId")).ToHashSet());
    }

    /// <summary>
    /// Requests are stored before the 202 answers, so a wrongly accepted submission shows in the list at once; no review
    /// may exist for a request that was not there before.
    /// </summary>
    public async Task AssertUnchangedAsync(ApprovalsApiFactory api)
    {
        var now = await TakeAsync(api);
        Assert.Equal(Requests, now.Requests);
        Assert.Subset(Requests.ToHashSet(), now.ReviewedRequests.ToHashSet());
    }
}
