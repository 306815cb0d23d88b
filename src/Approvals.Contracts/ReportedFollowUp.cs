namespace Approvals.Contracts;

/// <summary>
/// A follow-up as the workflow keeps it from <see cref="FollowUpReported"/>: the assessment a renewal review reads.
/// <see cref="Findings"/> is null for a report from a sender older than the findings.
/// </summary>
public sealed record ReportedFollowUp(Guid FollowUpId, DateOnly Date, DateTimeOffset ReportedAt, decimal? DailyDoseMg, FollowUpFindings? Findings);
