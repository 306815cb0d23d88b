using System.Net.Http.Headers;
using System.Net.Http.Json;
using Approvals.ApiClient;

namespace Approvals.Web.Api;

public sealed partial class ApprovalsApi
{
    /// <summary>
    /// <c>POST /api/v1/protocols/{id}/versions</c> with the admin's JSON document sent as typed, not through
    /// <see cref="ProtocolDocument"/>, so the API judges it whole and names every problem (malformed JSON, unknown
    /// members and wrong types included).
    /// </summary>
    public async Task<ApiResult<ProtocolDocument>> PublishProtocolVersionAsync(string protocolId, string document,
        CancellationToken cancellationToken = default)
    {
        var sent = await SendRawAsync(new HttpRequestMessage(HttpMethod.Post, $"api/v1/protocols/{Uri.EscapeDataString(protocolId)}/versions")
        {
            Content = new StringContent(document, new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" }),
        }, cancellationToken);
        if (!sent.Succeeded)
            return ApiResult.Failure<ProtocolDocument>(sent.Problem!);
        using var response = sent.Value!;
        return ApiResult.Success((await response.Content.ReadFromJsonAsync<ProtocolDocument>(Json, cancellationToken))!);
    }
}
