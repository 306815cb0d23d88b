using System.Text.Json.Serialization;

namespace Approvals.Web.Api;

/// <summary>
/// An RFC 9457 problem from the API. <see cref="Errors"/> maps a field name (as the API names it, camelCase) to its
/// messages, so a form shows each next to its field; <see cref="For"/> reads one field case-insensitively.
/// </summary>
public sealed record ApiProblem
{
    public string? Title { get; init; }
    public string? Detail { get; init; }
    public int? Status { get; init; }
    public string? Code { get; init; }

    [JsonPropertyName("errors")]
    public Dictionary<string, string[]> Errors { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> For(string field) =>
        Errors.FirstOrDefault(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase)).Value ?? [];

    /// <summary>The problem's message for the page when no field claims it.</summary>
    public string Summary => Detail ?? Title ?? $"HTTP {Status}";
}
