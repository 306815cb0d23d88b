using Microsoft.Extensions.Localization;

namespace Approvals.Web.Components.Pages.Admin;

/// <summary>A dose tier's review as the admin reads it; a level this page does not know is shown as the API names it.</summary>
public static class ReviewLevelText
{
    public static string Describe(IStringLocalizer<AdminText> text, string review, int? specialists) =>
        text["Review_" + review] is { ResourceNotFound: false } known
            ? string.Format(System.Globalization.CultureInfo.CurrentCulture, known.Value, specialists ?? 0)
            : review;
}
