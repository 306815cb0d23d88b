namespace Approvals.Web.Components.Pages.Reviewer;

/// <summary>The API's coded denial reasons (labels in the resources as <c>Reason_CODE</c>).</summary>
public static class DenialReasonCodes
{
    public static IReadOnlyList<string> All { get; } =
    [
        "NOT_ELIGIBLE", "CONTRAINDICATED", "INSUFFICIENT_EVIDENCE", "ALTERNATIVE_AVAILABLE", "DOSE_NOT_JUSTIFIED",
        "INCOMPLETE_INFORMATION", "ABOVE_PROTOCOL_MAX", "OTHER",
    ];
}
