using System.Net;
using System.Text.Json.Nodes;
using Approvals.Contracts;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;
using static Approvals.Server.Tests.Infrastructure.ApprovedCase;

namespace Approvals.Server.Tests.Http;

/// <summary>
/// Every 202 says what it is: <c>status</c> is the request's status as it stands when the step is accepted (the step
/// has not taken effect yet), <c>accepted</c> names the step; the request's Location shows the outcome.
/// </summary>
public sealed class When_a_step_is_accepted(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    static JsonObject Reason(string text) => new() { ["reason"] = text };

    [Fact]
    public async Task Should_answer_the_status_before_the_step_and_name_the_step()
    {
        var open = await OpenCase.StartAsync(api);
        using var asked = await open.Reviewer.DecideAsync(open.ReviewId, Decisions.RequestInformation("Liver function tests?"));
        await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "awaiting-information");
        await AssertAccepted(open.Prescriber, "information", new JsonObject { ["text"] = "Normal." }, "awaiting-information", "information",
            open.RequestId);
        await open.Reviewer.WaitForReviewStatusAsync(open.ReviewId, "open");
        using var approved = await open.Reviewer.DecideAsync(open.ReviewId, Decisions.Approve());
        await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "approved");
        await api.WaitForReviewViewAsync(open.RequestId, RequestStatus.Approved);
        await open.ReportFollowUpAsync();

        await AssertAccepted(open.Prescriber, "renewals", new JsonObject(), "approved", "renewal", open.RequestId);
        await AssertAccepted(open.Reviewer, "suspension", Reason("ALT high."), "approved", "suspension", open.RequestId);
        await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "suspended");
        await api.WaitForReviewViewAsync(open.RequestId, RequestStatus.Suspended);
        await AssertAccepted(open.Reviewer, "reinstatement", Reason("ALT normal."), "suspended", "reinstatement", open.RequestId);
        await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "approved", historyEntries: 8);
        await api.WaitForReviewViewAsync(open.RequestId, RequestStatus.Approved);
        await AssertAccepted(open.Reviewer, "revocation", Reason("Seizure."), "approved", "revocation", open.RequestId);
    }

    [Fact]
    public async Task Should_say_so_for_a_submission_and_a_withdrawal()
    {
        using var prescriber = await api.ClientAsync(Users.NewId("prescriber"), Roles.Prescriber);
        using var submitted = await prescriber.SubmitAsync(SubmissionBodies.Valid(), Users.NewIdempotencyKey());
        var body = await submitted.JsonAsync();
        Assert.Equal((HttpStatusCode.Accepted, "submitted", "submission"), (submitted.StatusCode, body.Str("status"), body.Str("accepted")));
        var id = body.Id();
        await prescriber.WaitForRequestStatusAsync(id, "under-review");

        await AssertAccepted(prescriber, "withdrawal", Reason("Patient declined."), "under-review", "withdrawal", id);
    }

    static async Task AssertAccepted(HttpClient client, string step, JsonObject body, string status, string accepted, Guid requestId)
    {
        using var response = await client.PostJsonAsync($"{RequestsApi.Path}/{requestId}/{step}", body);
        var answer = await response.JsonAsync();
        Assert.Equal((HttpStatusCode.Accepted, requestId, status, accepted),
            (response.StatusCode, answer.Id(), answer.Str("status"), answer.Str("accepted")));
        Assert.Equal($"/api/v1/requests/{requestId}", response.Headers.Location?.OriginalString);
    }
}
