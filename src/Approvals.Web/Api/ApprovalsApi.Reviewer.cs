using System.Globalization;
using System.Net.Http.Json;
using Approvals.Web.Api.Reviewer;
using Microsoft.AspNetCore.WebUtilities;

namespace Approvals.Web.Api;

// The reviewer's and specialist's endpoints: the queue, claims, decisions, opinions, and safety actions on an approval.
public sealed partial class ApprovalsApi
{
    /// <summary><c>GET /api/v1/reviews</c>: one page of the queue, earliest due first.</summary>
    /// <param name="status"><c>open</c>, <c>awaiting-information</c>, <c>decided</c>, <c>cancelled</c>, or null for all.</param>
    /// <param name="claimed"><c>mine</c>, <c>unclaimed</c>, <c>others</c>, or null for all.</param>
    public Task<ApiResult<ApiPage<ReviewSummary>>> ListReviewsAsync(string? status, string? claimed, int limit, string? cursor = null,
        CancellationToken cancellationToken = default)
    {
        var query = new Dictionary<string, string?> { ["limit"] = limit.ToString(CultureInfo.InvariantCulture) };
        if (status is not null)
            query["status"] = status;
        if (claimed is not null)
            query["claimed"] = claimed;
        if (cursor is not null)
            query["cursor"] = cursor;
        return SendAsync<ApiPage<ReviewSummary>>(new HttpRequestMessage(HttpMethod.Get, QueryHelpers.AddQueryString("api/v1/reviews", query)),
            cancellationToken);
    }

    /// <summary><c>GET /api/v1/reviews/{id}</c>.</summary>
    public Task<ApiResult<ReviewDetail>> GetReviewAsync(Guid id, CancellationToken cancellationToken = default) =>
        SendAsync<ReviewDetail>(new HttpRequestMessage(HttpMethod.Get, $"api/v1/reviews/{id}"), cancellationToken);

    /// <summary><c>POST /api/v1/reviews/{id}/claim</c>; <paramref name="takeOver"/> takes it from the reviewer holding it.</summary>
    public Task<ApiResult<ReviewDetail>> ClaimReviewAsync(Guid id, bool takeOver, CancellationToken cancellationToken = default) =>
        SendAsync<ReviewDetail>(Post($"api/v1/reviews/{id}/claim", new ClaimInput(takeOver ? true : null)), cancellationToken);

    /// <summary><c>POST /api/v1/reviews/{id}/release</c>.</summary>
    public Task<ApiResult<ReviewDetail>> ReleaseReviewAsync(Guid id, CancellationToken cancellationToken = default) =>
        SendAsync<ReviewDetail>(new HttpRequestMessage(HttpMethod.Post, $"api/v1/reviews/{id}/release"), cancellationToken);

    /// <summary><c>POST /api/v1/reviews/{id}/decision</c> (signed: needs a recent sign-in).</summary>
    public Task<ApiResult<ReviewDetail>> DecideReviewAsync(Guid id, DecisionInput decision, CancellationToken cancellationToken = default) =>
        SendAsync<ReviewDetail>(Post($"api/v1/reviews/{id}/decision", decision), cancellationToken);

    /// <summary><c>POST /api/v1/reviews/{id}/opinions</c> (signed: needs a recent sign-in).</summary>
    public Task<ApiResult<ReviewDetail>> GiveOpinionAsync(Guid id, OpinionInput opinion, CancellationToken cancellationToken = default) =>
        SendAsync<ReviewDetail>(Post($"api/v1/reviews/{id}/opinions", opinion), cancellationToken);

    /// <summary><c>GET /api/v1/requests/{id}</c>, the parts a reviewer acting on the approval needs.</summary>
    public Task<ApiResult<ApprovalState>> GetApprovalStateAsync(Guid requestId, CancellationToken cancellationToken = default) =>
        SendAsync<ApprovalState>(new HttpRequestMessage(HttpMethod.Get, $"api/v1/requests/{requestId}"), cancellationToken);

    /// <summary><c>GET /api/v1/requests/{id}/follow-ups</c>: the newest assessments first (one page).</summary>
    public Task<ApiResult<ApiPage<ReportedAssessment>>> ListAssessmentsAsync(Guid requestId, CancellationToken cancellationToken = default) =>
        SendAsync<ApiPage<ReportedAssessment>>(new HttpRequestMessage(HttpMethod.Get, $"api/v1/requests/{requestId}/follow-ups?limit=100"),
            cancellationToken);

    /// <summary>
    /// <c>POST /api/v1/requests/{id}/suspension</c>, <c>/reinstatement</c> or <c>/revocation</c> (suspension and
    /// revocation are signed).
    /// </summary>
    public Task<ApiResult<AcceptedSafetyAction>> OrderSafetyActionAsync(Guid requestId, SafetyAction action, string? reason,
        CancellationToken cancellationToken = default) =>
        SendAsync<AcceptedSafetyAction>(Post($"api/v1/requests/{requestId}/{SafetyActions.PathOf(action)}", new SafetyActionInput(reason)),
            cancellationToken);

    static HttpRequestMessage Post<TBody>(string path, TBody body) =>
        new(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: Json) };
}
