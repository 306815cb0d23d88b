using System.Net;
using System.Text.Json.Nodes;

namespace Approvals.Server.Tests.Infrastructure;

/// <summary>Calls to <c>/api/v1/reviews</c>.</summary>
public static class ReviewsApi
{
    public const string Path = "/api/v1/reviews";
    public const string OpenQueue = Path + "?status=open";

    public static async Task<HttpResponseMessage> DecideAsync(this HttpClient client, Guid reviewId, JsonNode decision) =>
        await client.PostJsonAsync($"{Path}/{reviewId}/decision", decision);

    /// <summary>Claims the review; <paramref name="takeOver"/> sends <c>{"takeOver": true}</c>, otherwise no body at all.</summary>
    public static async Task<HttpResponseMessage> ClaimAsync(this HttpClient client, Guid reviewId, bool takeOver = false)
    {
        var path = $"{Path}/{reviewId}/claim";
        return takeOver ? await client.PostJsonAsync(path, new JsonObject { ["takeOver"] = true }) : await client.PostAsync(path, content: null);
    }

    public static async Task<HttpResponseMessage> ReleaseAsync(this HttpClient client, Guid reviewId) =>
        await client.PostAsync($"{Path}/{reviewId}/release", content: null);

    public static async Task<JsonObject> GetReviewAsync(this HttpClient client, Guid reviewId)
    {
        using var response = await client.GetAsync($"{Path}/{reviewId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    /// <summary>Polls the open queue until the review of <paramref name="requestId"/> is in it, and returns its summary.</summary>
    public static async Task<JsonObject> WaitForOpenReviewAsync(this HttpClient reviewer, Guid requestId)
    {
        var found = await Eventually.UntilAsync(
            async () => (await reviewer.ListAllAsync(OpenQueue)).FirstOrDefault(r => r.Id("requestId") == requestId),
            review => review is not null,
            $"the review of request {requestId} in the open queue");
        return found!;
    }

    public static Task<JsonObject> WaitForReviewStatusAsync(this HttpClient reviewer, Guid reviewId, string status) =>
        Eventually.UntilAsync(
            () => reviewer.GetReviewAsync(reviewId),
            review => review.Str("status") == status,
            $"review {reviewId} to be {status}");
}
