using System.Text.Json;
using System.Text.Json.Nodes;
using Approvals.Contracts;
using Approvals.Domain.Cases;

namespace Approvals.Workflow;

/// <summary>
/// What the decider weighs on the open round beyond its clock: the specialists' opinions and who acted on it as
/// reviewer. The row has no column for them yet (adding one needs a migration, deferred until the migrations are
/// squashed), so they ride in the case column under <c>reviewRound</c>, a member the <see cref="CaseContent"/> readers
/// skip. A row without a case (registered before the workflow kept it) holds only this member.
/// </summary>
internal static class ReviewRoundColumn
{
    const string Member = "reviewRound";

    internal sealed record Acted(IReadOnlyList<Opinion> Opinions, IReadOnlyList<string> Reviewers)
    {
        public static Acted Nobody { get; } = new([], []);
    }

    public static Acted Read(string? column) =>
        Parse(column)?[Member] is { } round ? round.Deserialize<Acted>(CaseRecords.Json) ?? Acted.Nobody : Acted.Nobody;

    /// <summary>The case as submitted, without the round; null when the column holds none.</summary>
    public static CaseContent? ReadCase(string? column) =>
        Parse(column) is { } json && json.ContainsKey("patient") ? json.Deserialize<CaseContent>(CaseRecords.Json) : null;

    public static string? Write(string? column, IReadOnlyList<Opinion> opinions, IReadOnlyList<string> reviewers)
    {
        var json = Parse(column) ?? new JsonObject();
        if (opinions.Count == 0 && reviewers.Count == 0)
            json.Remove(Member);
        else
            json[Member] = JsonSerializer.SerializeToNode(new Acted(opinions, reviewers), CaseRecords.Json);
        return json.Count == 0 ? null : json.ToJsonString(CaseRecords.Json);
    }

    static JsonObject? Parse(string? column) => column is null ? null : JsonNode.Parse(column) as JsonObject;
}
