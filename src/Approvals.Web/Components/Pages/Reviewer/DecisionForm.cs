using System.Globalization;
using Approvals.ApiClient;

namespace Approvals.Web.Components.Pages.Reviewer;

/// <summary>
/// The decision form as posted, and as kept across re-authentication (<see cref="ToValues"/>, <see cref="FromValues"/>),
/// so the reviewer never types it twice. Questions are one per line.
/// </summary>
public sealed class DecisionForm
{
    public const string Approve = "approve";
    public const string ApproveModified = "approve-modified";
    public const string Deny = "deny";
    public const string RequestInformation = "request-information";

    public string? Outcome { get; set; }
    public decimal? ApprovedDailyDoseMg { get; set; }
    public string? ReasonCode { get; set; }
    public string? Rationale { get; set; }
    public string? Questions { get; set; }
    public DateOnly? ValidUntil { get; set; }
    public string? Waiver { get; set; }

    /// <summary>The reviewer confirmed deciding a review another reviewer has claimed.</summary>
    public bool ConfirmedOverClaim { get; set; }

    /// <summary>The API's body; <see cref="ValidUntil"/> is the end of that day in the reviewer's time zone.</summary>
    public DecisionRequest ToInput(TimeZoneInfo zone)
    {
        var questions = (Questions ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new DecisionRequest
        {
            Outcome = Blank(Outcome),
            ApprovedDailyDoseMg = (double?)ApprovedDailyDoseMg,
            ReasonCode = Blank(ReasonCode),
            Rationale = Blank(Rationale),
            Questions = questions.Length == 0 ? null : questions,
            ValidUntil = ValidUntil is { } day ? EndOf(day, zone) : null,
            ExpertOpinionWaivedBecause = Blank(Waiver),
        };
    }

    public IReadOnlyDictionary<string, string> ToValues() => new Dictionary<string, string>
    {
        [nameof(Outcome)] = Outcome ?? "",
        [nameof(ApprovedDailyDoseMg)] = ApprovedDailyDoseMg?.ToString(CultureInfo.InvariantCulture) ?? "",
        [nameof(ReasonCode)] = ReasonCode ?? "",
        [nameof(Rationale)] = Rationale ?? "",
        [nameof(Questions)] = Questions ?? "",
        [nameof(ValidUntil)] = ValidUntil?.ToString("O", CultureInfo.InvariantCulture) ?? "",
        [nameof(Waiver)] = Waiver ?? "",
        [nameof(ConfirmedOverClaim)] = ConfirmedOverClaim ? "true" : "",
    };

    public static DecisionForm FromValues(IReadOnlyDictionary<string, string> values)
    {
        string? Read(string key) => values.TryGetValue(key, out var value) && value.Length > 0 ? value : null;
        return new DecisionForm
        {
            Outcome = Read(nameof(Outcome)),
            ApprovedDailyDoseMg = decimal.TryParse(Read(nameof(ApprovedDailyDoseMg)), NumberStyles.Number, CultureInfo.InvariantCulture, out var dose)
                ? dose : null,
            ReasonCode = Read(nameof(ReasonCode)),
            Rationale = Read(nameof(Rationale)),
            Questions = Read(nameof(Questions)),
            ValidUntil = DateOnly.TryParseExact(Read(nameof(ValidUntil)), "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var until)
                ? until : null,
            Waiver = Read(nameof(Waiver)),
            ConfirmedOverClaim = Read(nameof(ConfirmedOverClaim)) == "true",
        };
    }

    /// <summary>The last minute of <paramref name="day"/> where the reviewer is.</summary>
    public static DateTimeOffset EndOf(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(new TimeOnly(23, 59));
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
