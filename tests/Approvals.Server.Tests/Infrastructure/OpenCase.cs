using Approvals.Http;
using System.Text.Json.Nodes;

namespace Approvals.Server.Tests.Infrastructure;

/// <summary>A request submitted by a fresh prescriber whose review is in the open queue, with a fresh reviewer at hand.</summary>
public sealed record OpenCase(HttpClient Prescriber, string PrescriberId, HttpClient Reviewer, string ReviewerId, Guid RequestId, Guid ReviewId)
{
    public static async Task<OpenCase> StartAsync(ApprovalsApiFactory api, JsonObject? body = null)
    {
        var prescriberId = Users.NewId("prescriber");
        var reviewerId = Users.NewId("reviewer");
        var prescriber = await api.ClientAsync(prescriberId, Roles.Prescriber);
        var reviewer = await api.ClientAsync(reviewerId, Roles.Reviewer);
        var requestId = await prescriber.SubmitValidAsync(body);
        var review = await reviewer.WaitForOpenReviewAsync(requestId);
        return new OpenCase(prescriber, prescriberId, reviewer, reviewerId, requestId, review.Id());
    }
}
