using System.Globalization;
using Approvals.ApiClient;

namespace Approvals.Web.Components.Pages.Specialist;

/// <summary>The opinion form as posted, and as kept across re-authentication so nothing is typed twice.</summary>
public sealed class OpinionForm
{
    public string? Recommendation { get; set; }
    public decimal? SupportedDailyDoseMg { get; set; }
    public string? Rationale { get; set; }

    public OpinionRequest ToInput() => new()
    {
        Recommendation = string.IsNullOrWhiteSpace(Recommendation) ? null : Recommendation,
        Rationale = string.IsNullOrWhiteSpace(Rationale) ? null : Rationale.Trim(),
        SupportedDailyDoseMg = (double?)SupportedDailyDoseMg,
    };

    public IReadOnlyDictionary<string, string> ToValues() => new Dictionary<string, string>
    {
        [nameof(Recommendation)] = Recommendation ?? "",
        [nameof(SupportedDailyDoseMg)] = SupportedDailyDoseMg?.ToString(CultureInfo.InvariantCulture) ?? "",
        [nameof(Rationale)] = Rationale ?? "",
    };

    public static OpinionForm FromValues(IReadOnlyDictionary<string, string> values) => new()
    {
        Recommendation = values.GetValueOrDefault(nameof(Recommendation)) is { Length: > 0 } recommendation ? recommendation : null,
        SupportedDailyDoseMg = decimal.TryParse(values.GetValueOrDefault(nameof(SupportedDailyDoseMg)), NumberStyles.Number,
            CultureInfo.InvariantCulture, out var dose) ? dose : null,
        Rationale = values.GetValueOrDefault(nameof(Rationale)) is { Length: > 0 } rationale ? rationale : null,
    };
}
