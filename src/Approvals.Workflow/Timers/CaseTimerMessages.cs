using MassTransit;

namespace Approvals.Workflow;

// The saga's own timer messages: it schedules them to itself, nobody else sends or reads them, so they are not public
// contracts. Each keeps the message URN it had under Approvals.Contracts, so a timer already waiting in the scheduler's
// table still reaches the saga after an upgrade.

/// <summary>Timer message: 80% of the review clock has passed.</summary>
[MessageUrn("Approvals.Contracts:ReviewReminderDue", useDefaultPrefix: true)]
public sealed record ReviewReminderDue(Guid RequestId);

/// <summary>Timer message: the review clock ran out.</summary>
[MessageUrn("Approvals.Contracts:ReviewDeadlineReached", useDefaultPrefix: true)]
public sealed record ReviewDeadlineReached(Guid RequestId);

/// <summary>Timer message: the prescriber's time to answer the reviewer's questions ran out.</summary>
[MessageUrn("Approvals.Contracts:InformationDeadlineReached", useDefaultPrefix: true)]
public sealed record InformationDeadlineReached(Guid RequestId);

/// <summary>Timer message: the follow-up interval passed without a report.</summary>
[MessageUrn("Approvals.Contracts:FollowUpDue", useDefaultPrefix: true)]
public sealed record FollowUpDue(Guid RequestId);

/// <summary>Timer message: one of the renewal reminders before the end of the validity window.</summary>
[MessageUrn("Approvals.Contracts:RenewalReminderDue", useDefaultPrefix: true)]
public sealed record RenewalReminderDue(Guid RequestId, int Reminder);

/// <summary>Timer message: the validity window ended.</summary>
[MessageUrn("Approvals.Contracts:ValidityEnded", useDefaultPrefix: true)]
public sealed record ValidityEnded(Guid RequestId);
