using System.Net.Http.Headers;
using Approvals.Web.Api.Admin;

namespace Approvals.Web.Api;

/// <summary>The admin's protocol endpoints beyond the list.</summary>
public sealed partial class ApprovalsApi
{
    /// <summary><c>GET /api/v1/protocols/{id}/versions/{version}</c>.</summary>
    public Task<ApiResult<ProtocolVersionDocument>> GetProtocolVersionAsync(string protocolId, int version, CancellationToken cancellationToken = default) =>
        SendAsync<ProtocolVersionDocument>(
            new HttpRequestMessage(HttpMethod.Get, $"api/v1/protocols/{Uri.EscapeDataString(protocolId)}/versions/{version}"), cancellationToken);

    /// <summary>
    /// <c>POST /api/v1/protocols/{id}/versions</c> with the admin's JSON document sent as typed, so the API judges it
    /// whole and names every problem (malformed JSON, unknown members and wrong types included).
    /// </summary>
    public Task<ApiResult<ProtocolVersionDocument>> PublishProtocolVersionAsync(string protocolId, string document, CancellationToken cancellationToken = default) =>
        SendAsync<ProtocolVersionDocument>(new HttpRequestMessage(HttpMethod.Post, $"api/v1/protocols/{Uri.EscapeDataString(protocolId)}/versions")
        {
            Content = new StringContent(document, new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" }),
        }, cancellationToken);
}
