namespace Approvals.Domain.Protocols;

/// <summary>
/// One version of a protocol's rules, effective from an instant. Only <see cref="ProtocolValidator"/> makes one, so
/// every instance is consistent: tiers ascend and end at the cap, durations are positive, the taper range is sound.
/// The version in force at submission is recorded on the request and on its decision, so later versions never rewrite
/// how a case was judged.
/// </summary>
public sealed record ProtocolVersion : IEffectiveVersion
{
    internal ProtocolVersion(
        string protocolId, int version, DateTimeOffset effectiveFrom, string title, IReadOnlyList<string> indications,
        decimal maxDailyDoseMg, IReadOnlyList<DoseTier> doseTiers, TimeSpan approvalValidity, TimeSpan maxApprovalValidity,
        TimeSpan followUpInterval, IReadOnlyList<TimeSpan> renewalReminders, ReviewDeadlines reviewClocks, AllowedTime informationDeadline,
        TaperRule taper)
    {
        ProtocolId = protocolId;
        Version = version;
        EffectiveFrom = effectiveFrom;
        Title = title;
        Indications = indications;
        MaxDailyDoseMg = maxDailyDoseMg;
        DoseTiers = doseTiers;
        ApprovalValidity = approvalValidity;
        MaxApprovalValidity = maxApprovalValidity;
        FollowUpInterval = followUpInterval;
        RenewalReminders = renewalReminders;
        ReviewClocks = reviewClocks;
        InformationDeadline = informationDeadline;
        Taper = taper;
    }

    public string ProtocolId { get; }
    public int Version { get; }
    public DateTimeOffset EffectiveFrom { get; }
    public string Title { get; }
    public IReadOnlyList<string> Indications { get; }

    /// <summary>The cap: a dose above it is denied with <see cref="DenialReasons.AboveProtocolMax"/>.</summary>
    public decimal MaxDailyDoseMg { get; }

    /// <summary>Ascending by <see cref="DoseTier.UpToMg"/>; the last one ends at <see cref="MaxDailyDoseMg"/>.</summary>
    public IReadOnlyList<DoseTier> DoseTiers { get; }

    public TimeSpan ApprovalValidity { get; }
    public TimeSpan MaxApprovalValidity { get; }
    public TimeSpan FollowUpInterval { get; }

    /// <summary>Lead times before the end of an approval's window, as the document lists them.</summary>
    public IReadOnlyList<TimeSpan> RenewalReminders { get; }

    public ReviewDeadlines ReviewClocks { get; }

    /// <summary>How long a prescriber has to answer a reviewer's questions.</summary>
    public AllowedTime InformationDeadline { get; }

    public TaperRule Taper { get; }

    /// <summary>The validity, follow-up and renewal terms of this version, in the shape the approval clocks read today.</summary>
    public ApprovalTermsRules ApprovalTerms() => new()
    {
        DefaultValidity = ApprovalValidity,
        MaxValidity = MaxApprovalValidity,
        FollowUpInterval = FollowUpInterval,
        RenewalReminders = [.. RenewalReminders],
    };

    /// <summary>Same rules, member by member (lists by their elements), so a file can be checked against the stored version.</summary>
    public bool Equals(ProtocolVersion? other) =>
        other is not null
        && ProtocolId == other.ProtocolId
        && Version == other.Version
        && EffectiveFrom == other.EffectiveFrom
        && Title == other.Title
        && Indications.SequenceEqual(other.Indications)
        && MaxDailyDoseMg == other.MaxDailyDoseMg
        && DoseTiers.SequenceEqual(other.DoseTiers)
        && ApprovalValidity == other.ApprovalValidity
        && MaxApprovalValidity == other.MaxApprovalValidity
        && FollowUpInterval == other.FollowUpInterval
        && RenewalReminders.SequenceEqual(other.RenewalReminders)
        && ReviewClocks == other.ReviewClocks
        && InformationDeadline == other.InformationDeadline
        && Taper == other.Taper;

    public override int GetHashCode() => HashCode.Combine(ProtocolId, Version, EffectiveFrom, MaxDailyDoseMg);
}
