using System.Text.Json;
using Approvals.Domain.Cases;

namespace Approvals.Workflow;

/// <summary>
/// The open round's opinions and who acted on it as reviewer, as the saga row keeps them (<see cref="ApprovalState.ReviewRound"/>):
/// the decider weighs them before an approval, and whoever acted one way may not act the other.
/// </summary>
internal static class ReviewRoundColumn
{
    internal sealed record Acted(IReadOnlyList<Opinion> Opinions, IReadOnlyList<string> Reviewers)
    {
        public static Acted Nobody { get; } = new([], []);
    }

    public static Acted Read(string? column) =>
        column is null ? Acted.Nobody : JsonSerializer.Deserialize<Acted>(column, CaseRecords.Json) ?? Acted.Nobody;

    public static string? Write(IReadOnlyList<Opinion> opinions, IReadOnlyList<string> reviewers) =>
        opinions.Count == 0 && reviewers.Count == 0 ? null : JsonSerializer.Serialize(new Acted(opinions, reviewers), CaseRecords.Json);
}
