using System.Net;
using Approvals.Integration.Tests.Infrastructure;

namespace Approvals.Integration.Tests.Load;

/// <summary>What reviewers see: the open queue, walked page by page, and their decisions on it.</summary>
public static class ReviewQueue
{
    /// <summary>Every open review as (review id, request id), following nextCursor to the last page.</summary>
    public static async Task<IReadOnlyList<(Guid ReviewId, Guid RequestId)>> Open(ApiUser reviewer)
    {
        var items = new List<(Guid, Guid)>();
        string? cursor = null;
        do
        {
            var path = "/api/v1/reviews?status=open&limit=200" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}");
            var (status, page) = await reviewer.Send(HttpMethod.Get, path);
            if (status != HttpStatusCode.OK)
                throw new InvalidOperationException($"GET {path} answered {(int)status}");
            items.AddRange(page!["items"]!.AsArray().Select(i =>
                (Guid.Parse(i!["id"]!.GetValue<string>()), Guid.Parse(i["requestId"]!.GetValue<string>()))));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);

        return items;
    }

    /// <summary>
    /// Polls until every one of <paramref name="requestIds"/> is in the open queue, then requires it there exactly once.
    /// Returns each request's review id.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, Guid>> WaitForEach(ApiUser reviewer, IReadOnlyCollection<Guid> requestIds, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var open = (await Open(reviewer)).ToLookup(i => i.RequestId, i => i.ReviewId);
            var missing = requestIds.Where(id => !open.Contains(id)).ToList();
            if (missing.Count == 0)
            {
                var twice = requestIds.Where(id => open[id].Count() > 1).ToList();
                if (twice.Count > 0)
                    throw new InvalidOperationException($"{twice.Count} request(s) in the review queue more than once: {string.Join(", ", twice)}");
                return requestIds.ToDictionary(id => id, id => open[id].Single());
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"{missing.Count} of {requestIds.Count} accepted request(s) never reached the review queue: {string.Join(", ", missing.Take(10))}");
            }

            await Task.Delay(250);
        }
    }

    /// <summary>Approves each review, a few at a time; each must answer 200.</summary>
    public static Task ApproveAll(ApiUser reviewer, IEnumerable<Guid> reviewIds) =>
        Parallel.ForEachAsync(reviewIds, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (reviewId, _) =>
        {
            var (status, body) = await reviewer.Send(HttpMethod.Post, $"/api/v1/reviews/{reviewId}/decision", new { outcome = "approve" });
            if (status != HttpStatusCode.OK)
                throw new InvalidOperationException($"Approving review {reviewId} answered {(int)status}: {body?.ToJsonString()}");
        });
}
