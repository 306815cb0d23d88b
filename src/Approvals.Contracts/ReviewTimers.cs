namespace Approvals.Contracts;

/// <summary>Timer message: 80% of the review clock has passed.</summary>
public sealed record ReviewReminderDue(Guid RequestId);

/// <summary>Timer message: the review clock ran out.</summary>
public sealed record ReviewDeadlineReached(Guid RequestId);

/// <summary>A review is close to its deadline and still undecided: remind the reviewers.</summary>
public sealed record ReviewDeadlineApproaching(Guid RequestId, Guid ReviewId, DateTimeOffset DueAt, DateTimeOffset At);

/// <summary>A review passed its deadline undecided; published once per review.</summary>
public sealed record ReviewOverdue(Guid RequestId, Guid ReviewId, DateTimeOffset DueAt, DateTimeOffset At);

/// <summary>Timer message: the prescriber's time to answer the reviewer's questions ran out.</summary>
public sealed record InformationDeadlineReached(Guid RequestId);
