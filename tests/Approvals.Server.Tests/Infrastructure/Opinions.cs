using System.Net;
using System.Text.Json.Nodes;
using Approvals.Http;

namespace Approvals.Server.Tests.Infrastructure;

/// <summary>Opinion bodies a specialist sends to <c>POST /api/v1/reviews/{id}/opinions</c>, and the call itself.</summary>
public static class Opinions
{
    public static JsonObject Approve(decimal supportedDailyDoseMg) => new()
    {
        ["recommendation"] = "approve",
        ["supportedDailyDoseMg"] = supportedDailyDoseMg,
        ["rationale"] = "Failed naltrexone and acamprosate; no contraindication found at consultation.",
    };

    public static JsonObject Deny() => new()
    {
        ["recommendation"] = "deny",
        ["rationale"] = "Untreated moderate depression: a psychiatric consultation comes first.",
    };

    /// <summary>A client for a fresh specialist (signed in just now, so the step-up passes).</summary>
    public static Task<HttpClient> SpecialistAsync(this ApprovalsApiFactory api, string? userId = null) =>
        api.ClientAsync(userId ?? Users.NewId("specialist"), Roles.Specialist);

    public static async Task<HttpResponseMessage> OpineAsync(this HttpClient specialist, Guid reviewId, JsonNode opinion) =>
        await specialist.PostJsonAsync($"{ReviewsApi.Path}/{reviewId}/opinions", opinion);

    /// <summary>Gives an opinion the test needs accepted, and returns the review as the answer shows it.</summary>
    public static async Task<JsonObject> OpineAcceptedAsync(this HttpClient specialist, Guid reviewId, JsonNode opinion)
    {
        using var response = await specialist.OpineAsync(reviewId, opinion);
        Assert.True(response.StatusCode == HttpStatusCode.OK,
            $"Expected the opinion to be accepted, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }
}
