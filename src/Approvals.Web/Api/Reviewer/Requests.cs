namespace Approvals.Web.Api.Reviewer;

/// <summary><c>GET /api/v1/requests/{id}</c> as a reviewer acting on the approval reads it (the parts the safety page shows).</summary>
public sealed record ApprovalState(
    Guid Id, string Status, string ProtocolId, int ProtocolVersion, string PrescriberId, ReviewPatient Patient, decimal DailyDoseMg,
    decimal? ApprovedDailyDoseMg, DateTimeOffset? ValidFrom, DateTimeOffset? ValidUntil, IReadOnlyList<ApprovalHistoryEntry> History,
    IReadOnlyList<ApprovalRefusal> Refusals);

public sealed record ApprovalHistoryEntry(DateTimeOffset At, string Status, string ActorId, string? Reason, ReviewSignature? Signature);

public sealed record ApprovalRefusal(DateTimeOffset At, string Action, string ActorId, int Status, string Reason, Guid? OrderId);

/// <summary>Body of a safety action (suspension, reinstatement, revocation).</summary>
public sealed record SafetyActionInput(string? Reason);

/// <summary>The API's 202: the step was accepted and the workflow applies it shortly.</summary>
public sealed record AcceptedSafetyAction(Guid Id, string Status, string Accepted, Guid? OrderId);

/// <summary><c>GET /api/v1/requests/{id}/follow-ups</c>: one reported assessment.</summary>
public sealed record ReportedAssessment(Guid Id, DateOnly Date, decimal DailyDoseMg, decimal? DrinksPerDay, AssessmentConsumption? Consumption,
    IReadOnlyList<AssessmentAdverseEvent> AdverseEvents, string? Notes, DateTimeOffset ReportedAt);

public sealed record AssessmentConsumption(string? Measure, decimal? Value);

public sealed record AssessmentAdverseEvent(string Term, bool Serious);
