using Approvals.ApiClient;
using Approvals.Http;
using Approvals.Web.Api.Audit;

namespace Approvals.Web.Api;

/// <summary>The auditor's calls the generated client cannot make as the pages need them.</summary>
public sealed partial class ApprovalsApi
{
    /// <summary>
    /// The entry numbered <paramref name="sequence"/>, or null. The API has no endpoint for one entry, so this asks the
    /// list for the one entry after its predecessor, with the cursor the list itself would have issued there.
    /// </summary>
    public async Task<ApiResult<AuditEntryView?>> FindAuditEntryAsync(long sequence, CancellationToken cancellationToken = default)
    {
        if (sequence < 1)
            return ApiResult.Success<AuditEntryView?>(null);
        var cursor = sequence == 1 ? null : new Cursor(sequence - 1, Guid.Empty).Encode();
        var page = await CallAsync(api => api.ListAuditEntriesAsync(limit: 1, cursor: cursor, cancellationToken: cancellationToken));
        if (!page.Succeeded)
            return ApiResult.Failure<AuditEntryView?>(page.Problem!);
        return ApiResult.Success(page.Value!.Items.FirstOrDefault(e => e.Sequence == sequence));
    }

    /// <summary>
    /// <c>GET /api/v1/audit/export</c> (<paramref name="format"/> <c>csv</c> or <c>jsonl</c>), answered as soon as its
    /// headers arrive so the body can be streamed on (the generated client would read it whole); the caller disposes
    /// the response.
    /// </summary>
    public Task<ApiResult<HttpResponseMessage>> OpenAuditExportAsync(AuditSelection selection, string format, CancellationToken cancellationToken = default) =>
        SendRawAsync(Get("api/v1/audit/export", selection.Parameters().Append(new("format", format))), cancellationToken);

    /// <summary><c>GET /api/v1/audit/metrics?format=csv</c>, streamed like an export.</summary>
    public Task<ApiResult<HttpResponseMessage>> OpenAuditMetricsCsvAsync(DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken = default) =>
        SendRawAsync(Get("api/v1/audit/metrics", new AuditSelection(from, to, null, null, null).Parameters().Append(new("format", "csv"))),
            cancellationToken);

    static HttpRequestMessage Get(string path, IEnumerable<KeyValuePair<string, string>> query)
    {
        var pairs = query.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}").ToList();
        return new HttpRequestMessage(HttpMethod.Get, pairs.Count == 0 ? path : $"{path}?{string.Join('&', pairs)}");
    }
}
