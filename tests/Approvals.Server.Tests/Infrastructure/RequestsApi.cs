using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Approvals.Server.Tests.Infrastructure;

/// <summary>Calls to <c>/api/v1/requests</c>.</summary>
public static class RequestsApi
{
    public const string Path = "/api/v1/requests";

    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, JsonNode body, string? idempotencyKey) =>
        await client.PostRawAsync(Path, body.ToJsonString(), "application/json", idempotencyKey);

    /// <summary>Posts <paramref name="content"/> as-is, with a known length, to test what the server refuses.</summary>
    public static async Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string path, string content, string mediaType,
        string? idempotencyKey = null)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(content, Encoding.UTF8, mediaType),
        };
        if (idempotencyKey is not null)
            message.Headers.Add("Idempotency-Key", idempotencyKey);
        return await client.SendAsync(message);
    }

    public static async Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, JsonNode body) =>
        await client.PostRawAsync(path, body.ToJsonString(), "application/json");

    /// <summary>Submits a valid request under a new idempotency key and returns its id.</summary>
    public static async Task<Guid> SubmitValidAsync(this HttpClient client, JsonObject? body = null)
    {
        using var response = await client.SubmitAsync(body ?? SubmissionBodies.Valid(), Users.NewIdempotencyKey());
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.JsonAsync())["id"]!.GetValue<Guid>();
    }

    public static async Task<JsonObject> GetRequestAsync(this HttpClient client, Guid id)
    {
        using var response = await client.GetAsync($"{Path}/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    /// <summary>Polls the request until it shows <paramref name="status"/> and has at least <paramref name="historyEntries"/> entries.</summary>
    public static Task<JsonObject> WaitForRequestStatusAsync(this HttpClient client, Guid id, string status, int historyEntries = 0) =>
        Eventually.UntilAsync(
            () => client.GetRequestAsync(id),
            request => request.Str("status") == status && request["history"]!.AsArray().Count >= historyEntries,
            $"request {id} to be {status}");

    /// <summary>Every item of a list, following <c>nextCursor</c> to the end.</summary>
    public static async Task<List<JsonObject>> ListAllAsync(this HttpClient client, string pathAndQuery, int limit = 200)
    {
        var items = new List<JsonObject>();
        string? cursor = null;
        do
        {
            var page = await client.ListPageAsync(pathAndQuery, limit, cursor);
            items.AddRange(page["items"]!.AsArray().Select(i => i!.AsObject()));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);
        return items;
    }

    public static async Task<JsonObject> ListPageAsync(this HttpClient client, string pathAndQuery, int limit, string? cursor)
    {
        var separator = pathAndQuery.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var url = $"{pathAndQuery}{separator}limit={limit}" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}");
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    public static string? Str(this JsonNode node, string member) => node[member]?.GetValue<string>();

    public static Guid Id(this JsonNode node, string member = "id") => node[member]!.GetValue<Guid>();
}
