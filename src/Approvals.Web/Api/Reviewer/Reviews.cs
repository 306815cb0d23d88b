namespace Approvals.Web.Api.Reviewer;

// The review API's answers as the reviewer's and specialist's pages read them. Enumerations stay the API's
// kebab-case strings (ReviewValues names them), so a value the pages do not know yet still shows.

/// <summary><c>GET /api/v1/reviews</c>: one row of the queue.</summary>
public sealed record ReviewSummary(
    Guid Id, Guid RequestId, string Kind, string Status, string Urgency, DateTimeOffset DueAt, bool Overdue, string ProtocolId,
    decimal DailyDoseMg, ReviewRequirement Requirement, int MissingOpinions, ReviewPatient? Patient, string? Indication, ReviewClaim? Claim);

/// <summary>How much review the dose needs under the protocol: level <c>single</c>, <c>single-expert-recommended</c> or <c>collegial</c>.</summary>
public sealed record ReviewRequirement(string Level, int Specialists);

public sealed record ReviewPatient(string Pseudonym, int BirthYear, string Sex);

/// <summary>The advisory claim: who is working the review, since when.</summary>
public sealed record ReviewClaim(string UserId, string Name, DateTimeOffset At);

public sealed record ReviewSignature(string SignerId, string PrintedName, DateTimeOffset SignedAt, string Meaning, string SignedRecordHash);

public sealed record ReviewOpinion(
    Guid Id, string SpecialistId, string SpecialistName, string Recommendation, decimal? SupportedDailyDoseMg, string Rationale,
    DateTimeOffset RecordedAt, ReviewSignature Signature);

public sealed record ReviewDecision(
    string Outcome, decimal? ApprovedDailyDoseMg, string? ReasonCode, string? Rationale, string ReviewerId, DateTimeOffset DecidedAt,
    DateTimeOffset? ValidUntil, ReviewSignature? Signature, string? ExpertOpinionWaivedBecause, int ProtocolVersion);

public sealed record ReviewCase(ReviewPatient Patient, string Indication, string Justification, IReadOnlyList<string> PriorTreatments, bool? PatientConsent);

public sealed record ReviewFollowUp(Guid FollowUpId, DateOnly Date, DateTimeOffset ReportedAt, decimal? DailyDoseMg);

/// <summary><c>GET /api/v1/reviews/{id}</c>: the case, the opinions, the claim and the decision.</summary>
public sealed record ReviewDetail(
    Guid Id, Guid RequestId, string Kind, string Status, string Urgency, DateTimeOffset OpenedAt, DateTimeOffset DueAt, bool Overdue,
    string ProtocolId, int ProtocolVersion, decimal DailyDoseMg, string PrescriberId, DateTimeOffset? ValidityStartsAt,
    IReadOnlyList<string> Questions, string? Answer, DateTimeOffset? AnsweredAt, ReviewDecision? Decision, string? CancelReason,
    ReviewRequirement Requirement, IReadOnlyList<ReviewOpinion> Opinions, int MissingOpinions, decimal? SupportedDailyDoseMg,
    ReviewCase? Case, string? RenewalNotes, ReviewFollowUp? LatestFollowUp, ReviewClaim? Claim);

/// <summary>Body of <c>POST /api/v1/reviews/{id}/decision</c>; outcome <c>approve</c>, <c>approve-modified</c>, <c>deny</c> or <c>request-information</c>.</summary>
public sealed record DecisionInput(
    string? Outcome, decimal? ApprovedDailyDoseMg, string? ReasonCode, string? Rationale, IReadOnlyList<string>? Questions,
    DateTimeOffset? ValidUntil, string? ExpertOpinionWaivedBecause);

/// <summary>Body of <c>POST /api/v1/reviews/{id}/opinions</c>; recommendation <c>approve</c> or <c>deny</c>.</summary>
public sealed record OpinionInput(string? Recommendation, string? Rationale, decimal? SupportedDailyDoseMg);

public sealed record ClaimInput(bool? TakeOver);
