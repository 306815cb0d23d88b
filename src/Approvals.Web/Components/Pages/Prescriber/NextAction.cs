using Approvals.ApiClient;

namespace Approvals.Web.Components.Pages.Prescriber;

/// <summary>What the prescriber has to do next on a request, and by when (null: no date applies).</summary>
/// <param name="Key">The text's resource key: NextAction_*.</param>
public sealed record NextAction(string Key, DateTimeOffset? Due = null, bool Overdue = false)
{
    /// <summary>Statuses where the prescriber acts: the list reads the request's detail for the due date.</summary>
    public static bool NeedsDetail(string status) => status is "awaiting-information" or "approved" or "suspended";

    /// <summary>From the status, and for an approval from its follow-up clock (<paramref name="detail"/>, when read).</summary>
    public static NextAction For(string status, RequestView? detail) => status switch
    {
        "submitted" or "under-review" => new("NextAction_AwaitDecision"),
        "awaiting-information" => new("NextAction_AnswerQuestions"),
        "approved" or "suspended" when detail?.NextFollowUpDue is { } due => new("NextAction_FollowUpBy", due, detail.FollowUpOverdue),
        "approved" or "suspended" => new("NextAction_FollowUp"),
        _ => new("NextAction_None"),
    };
}
