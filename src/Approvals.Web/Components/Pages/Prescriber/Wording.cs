using System.Globalization;
using Approvals.Web.Components.Protocols;
using Microsoft.Extensions.Localization;

namespace Approvals.Web.Components.Pages.Prescriber;

/// <summary>The prescriber pages' texts that take arguments or depend on an API value (status, tier, unit).</summary>
public static class Wording
{
    public static string Need(IStringLocalizer<PrescriberText> p, DoseNeed need, int specialists, double maxDailyDoseMg) => need switch
    {
        DoseNeed.Collegial => string.Format(CultureInfo.CurrentCulture, p["Need_Collegial"], specialists),
        DoseNeed.AboveMaximum => string.Format(CultureInfo.CurrentCulture, p["Need_AboveMaximum"], Dose(p, maxDailyDoseMg)),
        _ => p["Need_" + need],
    };

    /// <summary>A request status as the API names it (kebab-case), in the user's language.</summary>
    public static string Status(IStringLocalizer<PrescriberText> p, string status) => p["Status_" + status];

    /// <summary>"75 mg/day" in the user's culture and language.</summary>
    public static string Dose(IStringLocalizer<PrescriberText> p, decimal mg) =>
        string.Format(CultureInfo.CurrentCulture, p["DoseMgPerDay"], mg.ToString("0.##", CultureInfo.CurrentCulture));

    /// <summary>A dose as the API's client reads it (a JSON number as double).</summary>
    public static string Dose(IStringLocalizer<PrescriberText> p, double mg) => Dose(p, (decimal)mg);
}
