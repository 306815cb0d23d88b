using System.Globalization;
using Approvals.ApiClient;
using Approvals.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Approvals.Web.Components.Pages.Prescriber;

/// <summary>
/// Why the renewal is not offered, in the user's language, from the standing the API reports with the request (the
/// page computes no rule of its own); a reason this page does not know yet is shown as the API names it.
/// </summary>
public static class RenewalReasonText
{
    public static string Describe(IStringLocalizer<PrescriberText> text, RenewalView renewal, UserClock clock)
    {
        if (text["RenewalReason_" + renewal.Reason] is not { ResourceNotFound: false } known)
            return renewal.Reason ?? "";
        // The one date a reason names: when the renewed window opens, or the first day a follow-up counts as recent.
        var date = renewal.OpensAt is { } opensAt ? clock.FormatDate(opensAt) : renewal.FollowUpFrom?.ToString("d", CultureInfo.CurrentCulture);
        return string.Format(CultureInfo.CurrentCulture, known.Value, date);
    }
}
