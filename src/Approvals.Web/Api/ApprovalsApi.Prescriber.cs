using System.Net.Http.Json;
using Approvals.Web.Api.Prescriber;
using Microsoft.AspNetCore.WebUtilities;

namespace Approvals.Web.Api;

/// <summary>The prescriber's endpoints: their requests, submission, answers, withdrawal, follow-ups and renewals.</summary>
public sealed partial class ApprovalsApi
{
    /// <summary><c>GET /api/v1/protocols/in-force</c>: the rules a new request is judged by (every role).</summary>
    public Task<ApiResult<ApiPage<ProtocolInForce>>> ListProtocolsInForceAsync(CancellationToken cancellationToken = default) =>
        SendAsync<ApiPage<ProtocolInForce>>(new HttpRequestMessage(HttpMethod.Get, "api/v1/protocols/in-force"), cancellationToken);

    /// <summary><c>GET /api/v1/requests</c>: a prescriber's own requests, newest first.</summary>
    public Task<ApiResult<ApiPage<RequestSummary>>> ListRequestsAsync(string? status, string? cursor, int limit,
        CancellationToken cancellationToken = default)
    {
        var query = new Dictionary<string, string?> { ["limit"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (!string.IsNullOrEmpty(status))
            query["status"] = status;
        if (!string.IsNullOrEmpty(cursor))
            query["cursor"] = cursor;
        return SendAsync<ApiPage<RequestSummary>>(new HttpRequestMessage(HttpMethod.Get, QueryHelpers.AddQueryString("api/v1/requests", query)),
            cancellationToken);
    }

    /// <summary><c>POST /api/v1/requests</c> with the form's own <c>Idempotency-Key</c>: a resubmitted form finds the first request.</summary>
    public Task<ApiResult<AcceptedStep>> SubmitRequestAsync(RequestSubmission request, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "api/v1/requests") { Content = JsonContent.Create(request, options: Json) };
        message.Headers.Add("Idempotency-Key", idempotencyKey);
        return SendAsync<AcceptedStep>(message, cancellationToken);
    }

    /// <summary><c>GET /api/v1/requests/{id}</c>.</summary>
    public Task<ApiResult<RequestDetail>> GetRequestAsync(Guid id, CancellationToken cancellationToken = default) =>
        SendAsync<RequestDetail>(new HttpRequestMessage(HttpMethod.Get, $"api/v1/requests/{id}"), cancellationToken);

    /// <summary><c>POST /api/v1/requests/{id}/information</c>: the answer to the open questions.</summary>
    public Task<ApiResult<AcceptedStep>> AnswerQuestionsAsync(Guid id, string? text, CancellationToken cancellationToken = default) =>
        PostAsync<AcceptedStep>($"api/v1/requests/{id}/information", new { text }, cancellationToken);

    /// <summary><c>POST /api/v1/requests/{id}/withdrawal</c>.</summary>
    public Task<ApiResult<AcceptedStep>> WithdrawAsync(Guid id, string? reason, CancellationToken cancellationToken = default) =>
        PostAsync<AcceptedStep>($"api/v1/requests/{id}/withdrawal", new { reason }, cancellationToken);

    /// <summary><c>GET /api/v1/requests/{id}/follow-ups</c>: newest assessment first.</summary>
    public Task<ApiResult<ApiPage<FollowUp>>> ListFollowUpsAsync(Guid id, int limit, CancellationToken cancellationToken = default) =>
        SendAsync<ApiPage<FollowUp>>(new HttpRequestMessage(HttpMethod.Get,
            $"api/v1/requests/{id}/follow-ups?limit={limit.ToString(System.Globalization.CultureInfo.InvariantCulture)}"), cancellationToken);

    /// <summary><c>POST /api/v1/requests/{id}/follow-ups</c>.</summary>
    public Task<ApiResult<FollowUp>> ReportFollowUpAsync(Guid id, NewFollowUp followUp, CancellationToken cancellationToken = default) =>
        PostAsync<FollowUp>($"api/v1/requests/{id}/follow-ups", followUp, cancellationToken);

    /// <summary><c>POST /api/v1/requests/{id}/renewals</c>.</summary>
    public Task<ApiResult<AcceptedStep>> RequestRenewalAsync(Guid id, string? notes, CancellationToken cancellationToken = default) =>
        PostAsync<AcceptedStep>($"api/v1/requests/{id}/renewals", new { notes }, cancellationToken);

    Task<ApiResult<T>> PostAsync<T>(string path, object body, CancellationToken cancellationToken) =>
        SendAsync<T>(new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, body.GetType(), options: Json) },
            cancellationToken);
}
