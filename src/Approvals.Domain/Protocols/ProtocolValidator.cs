using System.Text.RegularExpressions;
using Approvals.Contracts;
using Approvals.Domain.Calendars;

namespace Approvals.Domain.Protocols;

/// <summary>The outcome of <see cref="ProtocolValidator.Validate"/>: a version, or every problem of the document.</summary>
public sealed record ProtocolValidation(ProtocolVersion? Version, ValidationErrors Errors)
{
    public bool IsValid => Version is not null;
}

/// <summary>
/// Checks a protocol document whole and names every problem by its JSON path (<c>doseTiers[1].upToMg</c>), so an
/// author fixes them all in one round.
/// </summary>
public static partial class ProtocolValidator
{
    public const int MaxIdLength = 64;
    public const int MaxTextLength = 200;
    public const int MaxTiers = 20;
    public const int MaxIndications = 20;
    public const int MaxReminders = 10;
    public const int MinSpecialists = 2;
    public const decimal MaxDoseMg = 10_000;

    /// <summary>
    /// The longest clock a version may set (about a century): deadlines are instants computed from it, and a duration
    /// near <see cref="TimeSpan.MaxValue"/> would put them beyond the last instant there is.
    /// </summary>
    public static readonly IsoDuration MaxDuration = IsoDuration.From(TimeSpan.FromDays(36_500));

    /// <summary>Lower-case words joined by '-': the id travels in URLs, messages and every request.</summary>
    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*\z")]
    private static partial Regex ProtocolIdPattern();

    public static ProtocolValidation Validate(ProtocolDocument document)
    {
        // Durations in working days may name any jurisdiction's calendar.
        var calendars = WorkingDayCalendars.Standard;
        var errors = new ValidationErrors();
        var protocolId = CheckProtocolId(document.ProtocolId, errors);
        if (document.Version is not { } version)
            errors.Add("version", "Required: a whole number from 1.");
        else if (version < 1)
            errors.Add("version", "Versions are numbered from 1.");
        if (document.EffectiveFrom is null)
            errors.Add("effectiveFrom", "Required: the instant the version takes effect, with its offset.");
        var title = CheckText(document.Title, "title", errors);
        var indications = CheckIndications(document.Indications, errors);
        var tiers = DoseTierRules.Check(document.DoseTiers, document.MaxDailyDoseMg, errors);

        var validity = Positive(document.ApprovalValidity, "approvalValidity", errors);
        var maxValidity = Positive(document.MaxApprovalValidity, "maxApprovalValidity", errors);
        if (validity is { } v && maxValidity is { } max && max < v)
            errors.Add("maxApprovalValidity", $"At least approvalValidity ({document.ApprovalValidity}).");
        var followUp = Positive(document.FollowUpInterval, "followUpInterval", errors);
        var reminders = CheckReminders(document.RenewalReminders, validity, errors);
        var clocks = CheckReviewClocks(document.ReviewClocks, calendars, errors);
        var informationDeadline = ProtocolDurationRules.Check(document.InformationDeadline, "informationDeadline", calendars, errors);
        var taper = CheckTaper(document.Taper, errors);

        if (!errors.IsEmpty)
            return new ProtocolValidation(null, errors);
        return new ProtocolValidation(
            new ProtocolVersion(protocolId!, document.Version!.Value, document.EffectiveFrom!.Value, title!, indications!,
                document.MaxDailyDoseMg!.Value, tiers!, validity!.Value, maxValidity!.Value, followUp!.Value, reminders!, clocks!,
                informationDeadline!, taper!),
            errors);
    }

    static string? CheckProtocolId(string? id, ValidationErrors errors)
    {
        if (string.IsNullOrEmpty(id))
            errors.Add("protocolId", "Required.");
        else if (id.Length > MaxIdLength || !ProtocolIdPattern().IsMatch(id))
            errors.Add("protocolId", $"Lower-case letters and digits in words joined by '-', at most {MaxIdLength} characters (e.g. baclofen-aud).");
        else
            return id;
        return null;
    }

    static string? CheckText(string? text, string field, ValidationErrors errors) =>
        errors.RequiredText(field, text, maxLength: MaxTextLength) ? text : null;

    static List<string>? CheckIndications(IReadOnlyList<string?>? indications, ValidationErrors errors)
    {
        if (indications is not { Count: > 0 })
        {
            errors.Add("indications", "Required: at least one indication.");
            return null;
        }

        if (indications.Count > MaxIndications)
            errors.Add("indications", $"At most {MaxIndications}.");
        var checkedOnes = indications.Select((text, i) => CheckText(text, $"indications[{i}]", errors)).ToList();
        if (checkedOnes.OfType<string>().Distinct(StringComparer.Ordinal).Count() != checkedOnes.OfType<string>().Count())
            errors.Add("indications", "Each indication once.");
        return checkedOnes.Contains(null) ? null : [.. checkedOnes.OfType<string>()];
    }

    static List<TimeSpan>? CheckReminders(IReadOnlyList<IsoDuration>? reminders, TimeSpan? validity, ValidationErrors errors)
    {
        if (reminders is null)
        {
            errors.Add("renewalReminders", "Required: lead times before an approval ends, or [] for none.");
            return null;
        }

        if (reminders.Count > MaxReminders)
            errors.Add("renewalReminders", $"At most {MaxReminders}.");
        var sound = true;
        for (var i = 0; i < reminders.Count; i++)
        {
            if (Positive(reminders[i], $"renewalReminders[{i}]", errors) is not { } lead)
                sound = false;
            else if (validity is { } v && lead >= v)
            {
                errors.Add($"renewalReminders[{i}]", $"Shorter than approvalValidity: a reminder {reminders[i]} before the end would come before the start.");
                sound = false;
            }
        }

        if (reminders.Select(r => r.Value).Distinct().Count() != reminders.Count)
        {
            errors.Add("renewalReminders", "Each lead time once.");
            sound = false;
        }

        return sound ? [.. reminders.Select(r => r.Value)] : null;
    }

    static ReviewDeadlines? CheckReviewClocks(ReviewClocksDocument? clocks, WorkingDayCalendars calendars, ValidationErrors errors)
    {
        if (clocks is null)
        {
            errors.Add("reviewClocks", "Required: standard and expedited.");
            return null;
        }

        var standard = ProtocolDurationRules.Check(clocks.Standard, "reviewClocks.standard", calendars, errors);
        var expedited = ProtocolDurationRules.Check(clocks.Expedited, "reviewClocks.expedited", calendars, errors);
        if (standard is null || expedited is null)
            return null;
        if (Longer(expedited, standard))
        {
            errors.Add("reviewClocks.expedited", $"At most the standard clock ({clocks.Standard}): expedited reviews are the faster ones.");
            return null;
        }

        return new ReviewDeadlines(standard, expedited);
    }

    /// <summary>
    /// Compared only in one unit: calendar time with calendar time, working days on one calendar with each other. Across
    /// units the order depends on the day a clock starts and the holidays after it, so it is the author's to judge.
    /// </summary>
    static bool Longer(AllowedTime time, AllowedTime than) => (time, than) switch
    {
        (CalendarTimeAllowed a, CalendarTimeAllowed b) => a.Length > b.Length,
        (WorkingDaysAllowed a, WorkingDaysAllowed b) when a.Calendar.Code == b.Calendar.Code => a.Count > b.Count,
        _ => false,
    };

    static TaperRule? CheckTaper(TaperDocument? taper, ValidationErrors errors)
    {
        if (taper is null)
        {
            errors.Add("taper", "Required: minStepMg, maxStepMg and stepInterval.");
            return null;
        }

        var min = PositiveDose(taper.MinStepMg, "taper.minStepMg", errors);
        var max = PositiveDose(taper.MaxStepMg, "taper.maxStepMg", errors);
        var interval = Positive(taper.StepInterval, "taper.stepInterval", errors);
        if (min is { } lo && max is { } hi && lo > hi)
            errors.Add("taper.minStepMg", $"At most maxStepMg ({hi} mg/day).");
        else if (min is { } a && max is { } b && interval is { } c)
            return new TaperRule(a, b, c);
        return null;
    }

    /// <summary>Doses are stored with two decimals everywhere; a finer one would be rounded in one place and not another.</summary>
    internal static decimal? PositiveDose(decimal? dose, string field, ValidationErrors errors)
    {
        if (dose is not { } value)
            errors.Add(field, "Required: milligrams per day.");
        else if (value <= 0 || value > MaxDoseMg)
            errors.Add(field, $"A positive number of milligrams per day, at most {MaxDoseMg}.");
        else if (decimal.Round(value, 2) != value)
            errors.Add(field, "At most two decimal places.");
        else
            return value;
        return null;
    }

    internal static TimeSpan? Positive(IsoDuration? duration, string field, ValidationErrors errors)
    {
        if (duration is not { } value)
            errors.Add(field, $"Required. {IsoDuration.Expected}");
        else if (value.Value <= TimeSpan.Zero)
            errors.Add(field, $"A positive duration; {value} is not.");
        else if (value.Value > MaxDuration.Value)
            errors.Add(field, $"At most {MaxDuration}.");
        else
            return value.Value;
        return null;
    }
}
