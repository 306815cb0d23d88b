namespace Approvals.Contracts;

/// <summary>
/// Event, review service → anyone (the audit trail records it). A specialist recorded a signed opinion on one review
/// round. <see cref="SupportedDailyDoseMg"/> is the highest dose the specialist supports, set when they recommend
/// approval; <see cref="ReviewVersion"/> is the review's version that includes this opinion, the one the signature covers.
/// </summary>
public sealed record OpinionRecorded(
    Guid RequestId,
    Guid ReviewId,
    int ReviewVersion,
    Guid OpinionId,
    string SpecialistId,
    string SpecialistName,
    OpinionRecommendation Recommendation,
    decimal? SupportedDailyDoseMg,
    string Rationale,
    DateTimeOffset RecordedAt,
    ElectronicSignature Signature);
