using System.Net;
using System.Text.Json.Nodes;

namespace Approvals.Server.Tests.Infrastructure;

/// <summary>Assertions on RFC 9457 answers.</summary>
public static class Problem
{
    public static async Task<JsonObject> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!.AsObject();
        Assert.Equal((int)status, problem["status"]?.GetValue<int>());
        return problem;
    }

    /// <summary>The problem's <c>errors</c> name <paramref name="field"/>.</summary>
    public static async Task<JsonObject> AssertProblemNamingAsync(this HttpResponseMessage response, HttpStatusCode status, string field)
    {
        var problem = await response.AssertProblemAsync(status);
        var errors = problem["errors"]?.AsObject();
        Assert.True(errors?.ContainsKey(field) == true, $"Expected errors to name '{field}': {problem.ToJsonString()}");
        return problem;
    }
}
