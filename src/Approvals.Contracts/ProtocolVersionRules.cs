namespace Approvals.Contracts;

/// <summary>
/// A protocol version's whole document in message form: durations as <see cref="TimeSpan"/>, every member present
/// (a published version was validated before it was announced).
/// </summary>
/// <param name="InformationDeadlineWorkingDays">
/// Set when the deadline is in working days; <paramref name="InformationDeadline"/> is then zero, which a reader that
/// predates working days refuses as invalid rather than misread. Trailing and optional, so earlier messages still read.
/// </param>
public sealed record ProtocolVersionRules(
    string ProtocolId,
    int Version,
    DateTimeOffset EffectiveFrom,
    string Title,
    IReadOnlyList<string> Indications,
    decimal MaxDailyDoseMg,
    IReadOnlyList<ProtocolDoseTier> DoseTiers,
    TimeSpan ApprovalValidity,
    TimeSpan MaxApprovalValidity,
    TimeSpan FollowUpInterval,
    IReadOnlyList<TimeSpan> RenewalReminders,
    ProtocolReviewClocks ReviewClocks,
    TimeSpan InformationDeadline,
    ProtocolTaperRule Taper,
    WorkingDays? InformationDeadlineWorkingDays = null);

/// <summary>Doses up to and including <paramref name="UpToMg"/> (above the previous tier) need <paramref name="Review"/>.</summary>
/// <param name="Specialists">Distinct specialists a collegial review needs; 0 for other reviews.</param>
public sealed record ProtocolDoseTier(decimal UpToMg, ReviewLevel Review, int Specialists);

/// <summary>Time allowed for a review, by urgency; a clock in working days has its time zero and its working days set.</summary>
public sealed record ProtocolReviewClocks(
    TimeSpan Standard,
    TimeSpan Expedited,
    WorkingDays? StandardWorkingDays = null,
    WorkingDays? ExpeditedWorkingDays = null);

/// <summary>How a dose above a new cap comes down: steps within [min, max] mg/day, one every interval.</summary>
public sealed record ProtocolTaperRule(decimal MinStepMg, decimal MaxStepMg, TimeSpan StepInterval);
