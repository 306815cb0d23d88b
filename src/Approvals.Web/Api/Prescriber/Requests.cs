namespace Approvals.Web.Api.Prescriber;

/// <summary>A row of <c>GET /api/v1/requests</c>. Statuses and urgencies are the API's kebab-case names.</summary>
public sealed record RequestSummary(
    Guid Id, string Status, string ProtocolId, string PrescriberId, string PatientPseudonym, decimal DailyDoseMg,
    string Urgency, DateTimeOffset SubmittedAt, DateTimeOffset? DecidedAt);

/// <summary>A 202 of the API: the step was accepted and shows on the request shortly.</summary>
public sealed record AcceptedStep(Guid Id, string Status, string Accepted);

/// <summary>Body of <c>POST /api/v1/requests</c>.</summary>
public sealed record RequestSubmission(
    string? ProtocolId, NewPatient Patient, decimal? DailyDoseMg, string? Urgency, string? Indication, string? Justification,
    IReadOnlyList<string> PriorTreatments, bool PatientConsent);

public sealed record NewPatient(string? Pseudonym, int? BirthYear, string? Sex);

/// <summary><c>GET /api/v1/requests/{id}</c>.</summary>
public sealed record RequestDetail(
    Guid Id,
    string Status,
    bool Overdue,
    string ProtocolId,
    int ProtocolVersion,
    string PrescriberId,
    PatientView Patient,
    decimal DailyDoseMg,
    decimal? ApprovedDailyDoseMg,
    string Urgency,
    string Indication,
    string Justification,
    IReadOnlyList<string> PriorTreatments,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? DecidedAt,
    DecisionView? Decision,
    IReadOnlyList<string> OpenQuestions,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidUntil,
    DateTimeOffset? NextFollowUpDue,
    bool FollowUpOverdue,
    RenewalView? Renewal,
    bool TaperRequired,
    TaperPlanView? TaperPlan,
    IReadOnlyList<HistoryView> History,
    IReadOnlyList<RefusalView> Refusals);

public sealed record PatientView(string Pseudonym, int BirthYear, string Sex);

public sealed record DecisionView(string Outcome, string? ReasonCode, string? Rationale, string ReviewerId, SignatureView? Signature, int ProtocolVersion);

/// <summary>An electronic signature as the API records it: who, when, and what the signature means.</summary>
public sealed record SignatureView(string SignerId, string PrintedName, DateTimeOffset SignedAt, string Meaning, string SignedRecordHash);

public sealed record HistoryView(DateTimeOffset At, string Status, string ActorId, string? Reason, SignatureView? Signature);

public sealed record RefusalView(DateTimeOffset At, string Action, string ActorId, int Status, string Reason);

public sealed record RenewalView(string? Status, int Cycle);

public sealed record TaperPlanView(int ProtocolVersion, decimal TargetDailyDoseMg, IReadOnlyList<TaperStepView> Steps);

public sealed record TaperStepView(DateTimeOffset From, decimal DailyDoseMg);
