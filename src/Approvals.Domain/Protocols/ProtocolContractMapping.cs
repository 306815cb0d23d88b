using Approvals.Contracts;

namespace Approvals.Domain.Protocols;

/// <summary>A protocol version to and from its message form (<see cref="ProtocolVersionRules"/>).</summary>
public static class ProtocolContractMapping
{
    public static ProtocolVersionRules ToContract(this ProtocolVersion version)
    {
        var (informationDeadline, informationDeadlineWorkingDays) = version.InformationDeadline.ToContract();
        return new(version.ProtocolId, version.Version, version.EffectiveFrom, version.Title, version.Indications, version.MaxDailyDoseMg,
            [.. version.DoseTiers.Select(t => new ProtocolDoseTier(t.UpToMg, t.Review, t.Specialists))],
            version.ApprovalValidity, version.MaxApprovalValidity, version.FollowUpInterval, version.RenewalReminders,
            ClocksOf(version.ReviewClocks), informationDeadline,
            new ProtocolTaperRule(version.Taper.MinStepMg, version.Taper.MaxStepMg, version.Taper.StepInterval),
            informationDeadlineWorkingDays);
    }

    static ProtocolReviewClocks ClocksOf(ReviewDeadlines clocks)
    {
        var (standard, standardWorkingDays) = clocks.Standard.ToContract();
        var (expedited, expeditedWorkingDays) = clocks.Expedited.ToContract();
        return new ProtocolReviewClocks(standard, expedited, standardWorkingDays, expeditedWorkingDays);
    }

    /// <summary>
    /// The version a message announced, checked again by <see cref="ProtocolValidator"/>: a message is input like any
    /// other, and only the validator makes versions.
    /// </summary>
    public static ProtocolVersion ToProtocolVersion(this ProtocolVersionRules rules)
    {
        var document = new ProtocolDocument(
            rules.ProtocolId, rules.Version, rules.EffectiveFrom, rules.Title, rules.Indications, rules.MaxDailyDoseMg,
            [.. rules.DoseTiers.Select(t => new DoseTierDocument(t.UpToMg, t.Review, t.Review == ReviewLevel.Collegial ? t.Specialists : null))],
            IsoDuration.From(rules.ApprovalValidity), IsoDuration.From(rules.MaxApprovalValidity), IsoDuration.From(rules.FollowUpInterval),
            [.. rules.RenewalReminders.Select(IsoDuration.From)],
            new ReviewClocksDocument(
                AllowedTimeContract.ToDocument(rules.ReviewClocks.Standard, rules.ReviewClocks.StandardWorkingDays),
                AllowedTimeContract.ToDocument(rules.ReviewClocks.Expedited, rules.ReviewClocks.ExpeditedWorkingDays)),
            AllowedTimeContract.ToDocument(rules.InformationDeadline, rules.InformationDeadlineWorkingDays),
            new TaperDocument(rules.Taper.MinStepMg, rules.Taper.MaxStepMg, IsoDuration.From(rules.Taper.StepInterval)));
        var validation = ProtocolValidator.Validate(document);
        return validation.Version ?? throw new InvalidOperationException(
            $"The message announces an invalid version {rules.ProtocolId} v{rules.Version}: " +
            string.Join("; ", validation.Errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
    }
}
