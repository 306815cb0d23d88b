namespace Approvals.Domain.Cases;

/// <summary>
/// An approval's own clocks as pure arithmetic: the validity window, the renewal reminders before its end, and the
/// follow-up due every interval.
/// </summary>
public static class ApprovalClocks
{
    /// <summary>A reviewer may choose the window's end within the maximum; otherwise the default validity applies.</summary>
    public static DateTimeOffset WindowEnd(CaseTerms terms, DateTimeOffset from, DateTimeOffset? chosenUntil) =>
        chosenUntil is { } until && terms.Approval.AllowsWindow(from, until) ? until : from + terms.Approval.DefaultValidity;

    /// <summary>
    /// The next reminder of the window ending at <paramref name="validUntil"/>, from reminder <paramref name="from"/>
    /// on: each is sent once, and one whose time has already passed is skipped, not sent late.
    /// </summary>
    public static ReminderSchedule RemindersFrom(CaseTerms terms, DateTimeOffset validUntil, int from, DateTimeOffset now)
    {
        var next = from;
        while (ReminderAt(terms, validUntil, next) is { } at && at <= now)
            next++;
        return new ReminderSchedule(next, ReminderAt(terms, validUntil, next));
    }

    static DateTimeOffset? ReminderAt(CaseTerms terms, DateTimeOffset validUntil, int reminder) =>
        reminder < terms.Reminders.Count ? validUntil - terms.Reminders[reminder] : null;

    /// <summary>The start of an assessment's day (UTC), from which the next follow-up interval runs.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
