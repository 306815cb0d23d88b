using System.Text.Json.Nodes;

namespace Approvals.Server.Tests.Infrastructure;

/// <summary>Calls to <c>/api/v1/audit</c>.</summary>
public static class AuditApi
{
    public const string Path = "/api/v1/audit";
    public const string Entries = Path + "/entries";
    public const string Export = Path + "/export";
    public const string Verification = Path + "/verification";
    public const string Metrics = Path + "/metrics";

    public static string TrailOf(Guid requestId) => $"{Path}/requests/{requestId}";

    /// <summary>Polls a request's trail until <paramref name="done"/> holds for it.</summary>
    public static Task<List<JsonObject>> WaitForTrailAsync(this HttpClient auditor, Guid requestId, Func<List<JsonObject>, bool> done,
        string what, TimeSpan? timeout = null) =>
        Eventually.UntilAsync(
            async () =>
            {
                using var probe = await auditor.GetAsync(TrailOf(requestId));
                return probe.IsSuccessStatusCode ? await auditor.ListAllAsync(TrailOf(requestId)) : [];
            },
            done,
            what,
            timeout);

    /// <summary>The trail's timeline transitions, in timeline order.</summary>
    public static List<JsonObject> Timeline(this IEnumerable<JsonObject> trail) =>
        [.. trail.Where(e => e.Str("entityType") == "request" && e["entityVersion"] is not null)
            .OrderBy(e => e["entityVersion"]!.GetValue<int>())];

    public static JsonObject Only(this IEnumerable<JsonObject> trail, string action) =>
        Assert.Single(trail, e => e.Str("action") == action);
}
