namespace Approvals.Contracts;

/// <summary>A review is close to its deadline and still undecided: remind the reviewers.</summary>
public sealed record ReviewDeadlineApproaching(Guid RequestId, Guid ReviewId, DateTimeOffset DueAt, DateTimeOffset At);

/// <summary>A review passed its deadline undecided; published once per review.</summary>
public sealed record ReviewOverdue(Guid RequestId, Guid ReviewId, DateTimeOffset DueAt, DateTimeOffset At);

