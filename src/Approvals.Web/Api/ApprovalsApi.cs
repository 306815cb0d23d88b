using System.Net.Http.Json;
using System.Text.Json;
using Approvals.ApiClient;

namespace Approvals.Web.Api;

/// <summary>
/// The web app's only way to the service: the public API's generated client (<see cref="ApprovalsApiClient"/>, see
/// src/Approvals.ApiClient), whose <see cref="HttpClient"/> carries the signed-in user's access token
/// (<see cref="Security.BearerTokenHandler"/>). <see cref="CallAsync{T}"/> turns a refusal into
/// <see cref="ApiResult{T}"/> so problem details reach the form; the other partial files hold the few calls the
/// generated client cannot make as the pages need them.
/// </summary>
public sealed partial class ApprovalsApi(HttpClient http)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    readonly ApprovalsApiClient client = new(http);

    /// <summary>Makes one call; an answer with problem details becomes the result's problem, any other failure throws.</summary>
    /// <example><c>await Api.CallAsync(api => api.GetRequestAsync(id, cancellationToken))</c></example>
    public async Task<ApiResult<T>> CallAsync<T>(Func<ApprovalsApiClient, Task<T>> call)
    {
        try
        {
            return ApiResult.Success(await call(client));
        }
        catch (ApiException refusal) when (IsProblem(refusal.Headers) && !string.IsNullOrEmpty(refusal.Response))
        {
            // The body as sent (the client keeps it, ApprovalsApiClient.cs), so every member reaches the page.
            var problem = JsonSerializer.Deserialize<ApiProblem>(refusal.Response, Json)!;
            return ApiResult.Failure<T>(problem with { Status = problem.Status ?? refusal.StatusCode });
        }
    }

    static bool IsProblem(IReadOnlyDictionary<string, IEnumerable<string>> headers) =>
        headers.Any(h => string.Equals(h.Key, "Content-Type", StringComparison.OrdinalIgnoreCase)
            && h.Value.Any(v => v.StartsWith("application/problem+json", StringComparison.OrdinalIgnoreCase)));

    /// <summary>Sends a request the generated client cannot shape (a raw body, a streamed answer); same outcomes as <see cref="CallAsync{T}"/>.</summary>
    async Task<ApiResult<HttpResponseMessage>> SendRawAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.IsSuccessStatusCode)
                return ApiResult.Success(response);
            using (response)
            {
                if (response.Content.Headers.ContentType?.MediaType == "application/problem+json")
                {
                    var problem = (await response.Content.ReadFromJsonAsync<ApiProblem>(Json, cancellationToken))!;
                    return ApiResult.Failure<HttpResponseMessage>(problem with { Status = problem.Status ?? (int)response.StatusCode });
                }
                response.EnsureSuccessStatusCode();
                throw new InvalidOperationException("Unreachable.");
            }
        }
    }
}
