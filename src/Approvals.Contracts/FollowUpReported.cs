namespace Approvals.Contracts;

/// <summary>The prescriber reported a follow-up assessment of an approved treatment.</summary>
public sealed record FollowUpReported(
    Guid RequestId, Guid FollowUpId, string PrescriberId, DateOnly Date, DateTimeOffset ReportedAt, string? PrescriberName = null,
    decimal? DailyDoseMg = null,
    FollowUpFindings? Findings = null);
