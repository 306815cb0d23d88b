using Approvals.Web.Api.Reviewer;

namespace Approvals.Web.Components.Pages.Reviewer;

/// <summary>A safety action as posted, and as kept across re-authentication.</summary>
public sealed class SafetyForm
{
    public SafetyAction? Action { get; set; }
    public string? Reason { get; set; }

    public IReadOnlyDictionary<string, string> ToValues() => new Dictionary<string, string>
    {
        [nameof(Action)] = Action?.ToString() ?? "",
        [nameof(Reason)] = Reason ?? "",
    };

    public static SafetyForm FromValues(IReadOnlyDictionary<string, string> values) => new()
    {
        Action = Enum.TryParse<SafetyAction>(values.GetValueOrDefault(nameof(Action)), out var action) ? action : null,
        Reason = values.GetValueOrDefault(nameof(Reason)) is { Length: > 0 } reason ? reason : null,
    };

    /// <summary>What a reviewer may order on an approval in this status: the API's rules, so the page offers no dead end.</summary>
    public static IReadOnlyList<SafetyAction> AllowedFor(string requestStatus) => requestStatus switch
    {
        "approved" => [SafetyAction.Suspension, SafetyAction.Revocation],
        "suspended" => [SafetyAction.Reinstatement, SafetyAction.Revocation],
        _ => [],
    };
}
