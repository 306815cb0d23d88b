namespace Approvals.Web.Components.Pages.Reviewer;

/// <summary>The words of a countdown in the user's language: units and the "under a minute" case.</summary>
public sealed record CountdownUnits(string Day, string Hour, string Minute, string UnderAMinute);

/// <summary>
/// Time left until a review is due, or how long it is overdue: the two largest units, floored, so "1 d 23 h" never
/// reads as two days while less is left.
/// </summary>
public readonly record struct Countdown(TimeSpan Remaining)
{
    /// <summary>Less than this left counts as due soon: the queue marks it so it is picked first.</summary>
    public static readonly TimeSpan DueSoon = TimeSpan.FromHours(24);

    public static Countdown Until(DateTimeOffset dueAt, DateTimeOffset now) => new(dueAt - now);

    public bool IsOverdue => Remaining < TimeSpan.Zero;

    public bool IsDueSoon => !IsOverdue && Remaining < DueSoon;

    /// <summary>The size of the time left or overdue, e.g. "2 d 3 h", "4 h 5 min", "12 min".</summary>
    public string Magnitude(CountdownUnits units)
    {
        var span = Remaining.Duration();
        if (span < TimeSpan.FromMinutes(1))
            return units.UnderAMinute;
        var days = (int)span.TotalDays;
        if (days > 0)
            return span.Hours > 0 ? $"{days} {units.Day} {span.Hours} {units.Hour}" : $"{days} {units.Day}";
        if (span.Hours > 0)
            return span.Minutes > 0 ? $"{span.Hours} {units.Hour} {span.Minutes} {units.Minute}" : $"{span.Hours} {units.Hour}";
        return $"{span.Minutes} {units.Minute}";
    }
}
