using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Approvals.Benchmarks.EndToEnd;

/// <summary>
/// The public HTTP API as one signed-in user, black-box: only what the phases need. A failed call throws an
/// <see cref="HttpRequestException"/> carrying the status code, so drivers can count errors by status.
/// </summary>
public sealed class ApiClient
{
    /// <summary>The Bearer challenge's error when a signature needs a recent sign-in (RFC 9470).</summary>
    const string RecentAuthenticationError = "insufficient_user_authentication";

    readonly HttpClient _http;
    readonly Uri _baseAddress;
    readonly string _userId;
    readonly string _role;
    string _token;

    ApiClient(HttpClient http, Uri baseAddress, string userId, string role, string token) =>
        (_http, _baseAddress, _userId, _role, _token) = (http, baseAddress, userId, role, token);

    public static async Task<ApiClient> SignIn(HttpClient http, Uri baseAddress, string userId, string role, CancellationToken cancellationToken) =>
        new(http, baseAddress, userId, role, await Mint(http, baseAddress, userId, role, cancellationToken));

    /// <summary>How often a decision was refused for want of a recent sign-in and signed again after one.</summary>
    public int Reauthentications { get; private set; }

    static Task<string> Mint(HttpClient http, Uri baseAddress, string userId, string role, CancellationToken cancellationToken) =>
        DevToken.MintAsync(http, userId, [role], userId, server: baseAddress, cancellationToken: cancellationToken);

    /// <summary>POST /api/v1/requests with a fresh Idempotency-Key; the new request's id.</summary>
    public async Task<Guid> Submit(object request, CancellationToken cancellationToken)
    {
        using var message = Request(HttpMethod.Post, "/api/v1/requests");
        message.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        message.Content = JsonContent.Create(request);
        var body = await Send(message, HttpStatusCode.Accepted, cancellationToken);
        return Guid.Parse(body["id"]!.GetValue<string>());
    }

    /// <summary>Every open review as (review id, request id), earliest due first, all pages.</summary>
    public async Task<List<(Guid ReviewId, Guid RequestId)>> OpenReviews(CancellationToken cancellationToken)
    {
        var reviews = new List<(Guid, Guid)>();
        string? cursor = null;
        do
        {
            var path = "/api/v1/reviews?status=open&limit=200" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}");
            using var message = Request(HttpMethod.Get, path);
            var page = await Send(message, HttpStatusCode.OK, cancellationToken);
            foreach (var item in page["items"]!.AsArray())
                reviews.Add((Guid.Parse(item!["id"]!.GetValue<string>()), Guid.Parse(item["requestId"]!.GetValue<string>())));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);
        return reviews;
    }

    /// <summary>The first page of the open queue, earliest due first, as a reviewer's screen shows it.</summary>
    public async Task<List<(Guid ReviewId, Guid RequestId)>> OpenReviewsFirstPage(int limit, CancellationToken cancellationToken)
    {
        using var message = Request(HttpMethod.Get, $"/api/v1/reviews?status=open&limit={limit}");
        var page = await Send(message, HttpStatusCode.OK, cancellationToken);
        return [.. page["items"]!.AsArray().Select(item =>
            (Guid.Parse(item!["id"]!.GetValue<string>()), Guid.Parse(item["requestId"]!.GetValue<string>())))];
    }

    public async Task Approve(Guid reviewId, CancellationToken cancellationToken)
    {
        try
        {
            await SendApproval(reviewId, cancellationToken);
        }
        catch (HttpRequestException e) when (e.StatusCode == HttpStatusCode.Unauthorized && e.Message.Contains(RecentAuthenticationError, StringComparison.Ordinal))
        {
            // Signing asks for a recent sign-in (step-up): sign in again, as the web app sends its user back to, and sign once more.
            _token = await Mint(_http, _baseAddress, _userId, _role, cancellationToken);
            Reauthentications++;
            await SendApproval(reviewId, cancellationToken);
        }
    }

    async Task SendApproval(Guid reviewId, CancellationToken cancellationToken)
    {
        using var message = Request(HttpMethod.Post, $"/api/v1/reviews/{reviewId}/decision");
        message.Content = JsonContent.Create(new { outcome = "approve" });
        await Send(message, HttpStatusCode.OK, cancellationToken);
    }

    /// <summary>The request's status as the prescriber sees it, e.g. "under-review", "approved".</summary>
    public async Task<string> Status(Guid requestId, CancellationToken cancellationToken)
    {
        using var message = Request(HttpMethod.Get, $"/api/v1/requests/{requestId}");
        var body = await Send(message, HttpStatusCode.OK, cancellationToken);
        return body["status"]!.GetValue<string>();
    }

    HttpRequestMessage Request(HttpMethod method, string path)
    {
        var message = new HttpRequestMessage(method, new Uri(_baseAddress, path));
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        return message;
    }

    async Task<JsonObject> Send(HttpRequestMessage message, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        using var response = await _http.SendAsync(message, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != expected)
            throw new HttpRequestException($"{message.Method} {message.RequestUri?.PathAndQuery}: {(int)response.StatusCode} {text}", null, response.StatusCode);
        return JsonNode.Parse(text) as JsonObject ?? throw new HttpRequestException($"{message.RequestUri?.PathAndQuery}: not a JSON object", null, response.StatusCode);
    }
}
