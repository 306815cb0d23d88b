using System.Net.Http.Json;
using System.Text.Json;

namespace Approvals.Web.Api;

/// <summary>
/// The typed client of the public HTTP API: the web app's only way to the service. Its <see cref="HttpClient"/> carries
/// the signed-in user's access token (<see cref="Security.BearerTokenHandler"/>). Add one method per endpoint a page
/// needs, returning <see cref="ApiResult{T}"/> so problem details reach the form. Hand-written records for now: see
/// the report on issue 12 for why the NSwag client is not generated yet.
/// </summary>
public sealed partial class ApprovalsApi(HttpClient http)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary><c>POST /dev/token</c> (Development only).</summary>
    public Task<ApiResult<DevToken>> IssueDevTokenAsync(DevTokenRequest request, CancellationToken cancellationToken = default) =>
        SendAsync<DevToken>(new HttpRequestMessage(HttpMethod.Post, "dev/token") { Content = JsonContent.Create(request, options: Json) },
            cancellationToken);

    /// <summary><c>GET /api/v1/protocols</c> (admin).</summary>
    public Task<ApiResult<ApiPage<ProtocolSummary>>> ListProtocolsAsync(CancellationToken cancellationToken = default) =>
        SendAsync<ApiPage<ProtocolSummary>>(new HttpRequestMessage(HttpMethod.Get, "api/v1/protocols"), cancellationToken);

    /// <summary>Sends and reads either <typeparamref name="T"/> or the problem; any other failure throws.</summary>
    public async Task<ApiResult<T>> SendAsync<T>(HttpRequestMessage request, CancellationToken cancellationToken = default)
    {
        using (request)
        using (var response = await http.SendAsync(request, cancellationToken))
        {
            if (response.IsSuccessStatusCode)
                return ApiResult.Success((await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken))!);
            if (response.Content.Headers.ContentType?.MediaType == "application/problem+json")
            {
                var problem = await response.Content.ReadFromJsonAsync<ApiProblem>(Json, cancellationToken);
                return ApiResult.Failure<T>(problem! with { Status = problem!.Status ?? (int)response.StatusCode });
            }

            response.EnsureSuccessStatusCode();
            throw new InvalidOperationException("Unreachable.");
        }
    }
}

public sealed record DevTokenRequest(string UserId, IReadOnlyList<string> Roles, string? Name = null, DateTimeOffset? AuthTime = null);

public sealed record DevToken(string AccessToken, string TokenType, int ExpiresIn);
