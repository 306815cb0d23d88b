using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Approvals.Contracts;

namespace Approvals.Server.Tests.Infrastructure;

/// <summary>
/// An <see cref="OpenCase"/> the reviewer approved, as the prescriber's view shows it and the review service's view,
/// which safety actions are judged on.
/// </summary>
public static class ApprovedCase
{
    public static async Task<(OpenCase Case, JsonObject Request)> StartAsync(ApprovalsApiFactory api, JsonObject? decision = null)
    {
        var open = await OpenCase.StartAsync(api);
        using var decided = await open.Reviewer.DecideAsync(open.ReviewId, decision ?? Decisions.Approve());
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var request = await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "approved");
        await api.WaitForReviewViewAsync(open.RequestId, RequestStatus.Approved);
        return (open, request);
    }

    public static string FollowUpsPath(Guid requestId) => $"{RequestsApi.Path}/{requestId}/follow-ups";

    public static string RenewalsPath(Guid requestId) => $"{RequestsApi.Path}/{requestId}/renewals";

    /// <summary>A valid follow-up assessed <paramref name="daysAgo"/> days ago.</summary>
    public static JsonObject FollowUp(int daysAgo = 0) => new()
    {
        ["date"] = DateTime.UtcNow.Date.AddDays(-daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["dailyDoseMg"] = 90,
        ["drinksPerDay"] = 1.5,
        ["adverseEvents"] = new JsonArray(new JsonObject { ["term"] = "somnolence", ["serious"] = false }),
        ["notes"] = "Craving much reduced.",
    };

    public static async Task ReportFollowUpAsync(this OpenCase open, JsonObject? body = null)
    {
        using var response = await open.Prescriber.PostJsonAsync(FollowUpsPath(open.RequestId), body ?? FollowUp());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>Waits until the prescriber's view shows the renewal in <paramref name="status"/>.</summary>
    public static Task<JsonObject> WaitForRenewalAsync(this OpenCase open, string status, int cycle) =>
        Eventually.UntilAsync(
            () => open.Prescriber.GetRequestAsync(open.RequestId),
            request => request["renewal"]?.Str("status") == status && request["renewal"]!["cycle"]!.GetValue<int>() == cycle,
            $"request {open.RequestId}'s renewal to be {status} in cycle {cycle}");
}
