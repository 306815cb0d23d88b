namespace Approvals.Domain;

/// <summary>
/// How long an approval lasts and what keeps it alive (configuration section <c>Approvals</c>); protocol versions take
/// these over per protocol. Defaults follow the baclofen framework: 180 days, at most a year, monthly follow-up.
/// </summary>
public sealed class ApprovalTermsRules
{
    public const string Section = "Approvals";
    static readonly TimeSpan[] DefaultReminders = [TimeSpan.FromDays(30), TimeSpan.FromDays(7)];

    public TimeSpan DefaultValidity { get; set; } = TimeSpan.FromDays(180);
    public TimeSpan MaxValidity { get; set; } = TimeSpan.FromDays(365);
    public TimeSpan FollowUpInterval { get; set; } = TimeSpan.FromDays(31);

    /// <summary>
    /// How long before the end of the window the prescriber is reminded to renew. Nullable because the configuration
    /// binder appends to a list that already has elements instead of replacing them.
    /// </summary>
    public TimeSpan[]? RenewalReminders { get; set; }

    /// <summary>The reminders, earliest first (the longest lead time first).</summary>
    public IReadOnlyList<TimeSpan> Reminders => [.. (RenewalReminders ?? DefaultReminders).OrderDescending()];

    /// <summary>A window the reviewer may choose: after its start and no longer than the maximum.</summary>
    public bool AllowsWindow(DateTimeOffset from, DateTimeOffset until) => until > from && until - from <= MaxValidity;

    /// <summary>These terms with another longest window (a protocol version's).</summary>
    public ApprovalTermsRules WithMaxValidity(TimeSpan maxValidity)
    {
        var held = (ApprovalTermsRules)MemberwiseClone();
        held.MaxValidity = maxValidity;
        return held;
    }

    /// <summary>A renewal is reviewed on recent data: an assessment within the last follow-up interval.</summary>
    public bool HasRecentFollowUp(DateOnly? latestAssessedOn, DateTimeOffset at) => latestAssessedOn >= EarliestRecentFollowUp(at);

    public DateOnly EarliestRecentFollowUp(DateTimeOffset at) => DateOnly.FromDateTime((at - FollowUpInterval).UtcDateTime);

    /// <summary>The configuration's own consistency, checked at start-up.</summary>
    public IEnumerable<string> Problems()
    {
        if (DefaultValidity <= TimeSpan.Zero)
            yield return $"{Section}:DefaultValidity must be positive.";
        if (MaxValidity < DefaultValidity)
            yield return $"{Section}:MaxValidity must be at least DefaultValidity.";
        if (FollowUpInterval <= TimeSpan.Zero)
            yield return $"{Section}:FollowUpInterval must be positive.";
        if (Reminders.Any(r => r <= TimeSpan.Zero))
            yield return $"{Section}:RenewalReminders must be positive.";
    }
}
