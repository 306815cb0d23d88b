namespace Approvals.Contracts;

/// <summary>No follow-up arrived within the interval; published once each time the approval becomes overdue.</summary>
public sealed record FollowUpOverdue(Guid RequestId, string PrescriberId, DateTimeOffset DueAt, DateTimeOffset At);

/// <summary>Reminds the prescriber that the approval ends soon and needs a renewal.</summary>
public sealed record RenewalDue(Guid RequestId, string PrescriberId, DateTimeOffset ValidUntil, DateTimeOffset At);

/// <summary>The approval ended at the end of its validity without an approved renewal.</summary>
public sealed record ApprovalExpired(Guid RequestId, DateTimeOffset ValidUntil, DateTimeOffset At);
