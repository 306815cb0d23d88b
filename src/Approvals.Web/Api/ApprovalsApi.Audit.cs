using System.Net.Http.Json;
using Approvals.Http;
using Approvals.Web.Api.Audit;

namespace Approvals.Web.Api;

/// <summary>The auditor's endpoints: the trail, its verification, exports and metrics.</summary>
public sealed partial class ApprovalsApi
{
    /// <summary><c>GET /api/v1/audit/entries</c>: one page of the entries the selection names, oldest first.</summary>
    public Task<ApiResult<ApiPage<AuditEntryView>>> ListAuditEntriesAsync(
        AuditSelection selection, string? cursor, int limit, CancellationToken cancellationToken = default) =>
        SendAsync<ApiPage<AuditEntryView>>(Get("api/v1/audit/entries", selection.Parameters().Concat(Paging(cursor, limit))), cancellationToken);

    /// <summary><c>GET /api/v1/audit/requests/{id}</c>: one page of a request's trail.</summary>
    public Task<ApiResult<ApiPage<AuditEntryView>>> GetRequestTrailAsync(
        Guid requestId, string? cursor, int limit, CancellationToken cancellationToken = default) =>
        SendAsync<ApiPage<AuditEntryView>>(Get($"api/v1/audit/requests/{requestId}", Paging(cursor, limit)), cancellationToken);

    /// <summary>
    /// The entry numbered <paramref name="sequence"/>, or null. The API has no endpoint for one entry, so this asks the
    /// list for the one entry after its predecessor, with the cursor the list itself would have issued there.
    /// </summary>
    public async Task<ApiResult<AuditEntryView?>> FindAuditEntryAsync(long sequence, CancellationToken cancellationToken = default)
    {
        if (sequence < 1)
            return ApiResult.Success<AuditEntryView?>(null);
        var cursor = sequence == 1 ? null : new Cursor(sequence - 1, Guid.Empty).Encode();
        var page = await ListAuditEntriesAsync(new AuditSelection(null, null, null, null, null), cursor, 1, cancellationToken);
        if (!page.Succeeded)
            return ApiResult.Failure<AuditEntryView?>(page.Problem!);
        return ApiResult.Success(page.Value!.Items.FirstOrDefault(e => e.Sequence == sequence));
    }

    /// <summary><c>GET /api/v1/audit/verification</c>.</summary>
    public Task<ApiResult<ChainVerification>> VerifyAuditChainAsync(CancellationToken cancellationToken = default) =>
        SendAsync<ChainVerification>(new HttpRequestMessage(HttpMethod.Get, "api/v1/audit/verification"), cancellationToken);

    /// <summary><c>GET /api/v1/audit/metrics</c> as JSON; a null end means now, a null start a year before the end.</summary>
    public Task<ApiResult<AuditMetrics>> GetAuditMetricsAsync(DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken = default) =>
        SendAsync<AuditMetrics>(Get("api/v1/audit/metrics", Period(from, to)), cancellationToken);

    /// <summary>
    /// <c>GET /api/v1/audit/export</c> (<paramref name="format"/> <c>csv</c> or <c>jsonl</c>), answered as soon as its
    /// headers arrive so the body can be streamed on; the caller disposes the response.
    /// </summary>
    public Task<ApiResult<HttpResponseMessage>> OpenAuditExportAsync(AuditSelection selection, string format, CancellationToken cancellationToken = default) =>
        OpenAsync(Get("api/v1/audit/export", selection.Parameters().Append(new("format", format))), cancellationToken);

    /// <summary><c>GET /api/v1/audit/metrics?format=csv</c>, streamed like an export.</summary>
    public Task<ApiResult<HttpResponseMessage>> OpenAuditMetricsCsvAsync(DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken = default) =>
        OpenAsync(Get("api/v1/audit/metrics", Period(from, to).Append(new("format", "csv"))), cancellationToken);

    async Task<ApiResult<HttpResponseMessage>> OpenAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.IsSuccessStatusCode)
                return ApiResult.Success(response);
            using (response)
            {
                if (response.Content.Headers.ContentType?.MediaType == "application/problem+json")
                    return ApiResult.Failure<HttpResponseMessage>(await ReadProblemAsync(response, cancellationToken));
                response.EnsureSuccessStatusCode();
                throw new InvalidOperationException("Unreachable.");
            }
        }
    }

    static async Task<ApiProblem> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var problem = await response.Content.ReadFromJsonAsync<ApiProblem>(Json, cancellationToken);
        return problem! with { Status = problem!.Status ?? (int)response.StatusCode };
    }

    static IEnumerable<KeyValuePair<string, string>> Paging(string? cursor, int limit)
    {
        yield return new("limit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!string.IsNullOrEmpty(cursor))
            yield return new("cursor", cursor);
    }

    static IEnumerable<KeyValuePair<string, string>> Period(DateTimeOffset? from, DateTimeOffset? to)
    {
        if (from is { } start)
            yield return new("from", AuditSelection.Instant(start));
        if (to is { } end)
            yield return new("to", AuditSelection.Instant(end));
    }

    static HttpRequestMessage Get(string path, IEnumerable<KeyValuePair<string, string>> query)
    {
        var pairs = query.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}").ToList();
        return new HttpRequestMessage(HttpMethod.Get, pairs.Count == 0 ? path : $"{path}?{string.Join('&', pairs)}");
    }
}
