using Approvals.Contracts;
using MassTransit;

namespace Approvals.Workflow;

/// <summary>One request's lifecycle, as the saga keeps it. The correlation id is the request id.</summary>
public sealed class ApprovalState : SagaStateMachineInstance, ISagaVersion
{
    public Guid CorrelationId { get; set; }

    /// <summary>The state's name, readable in SQL.</summary>
    public string CurrentState { get; set; } = null!;

    /// <summary>Application-managed concurrency token (SQLite has no rowversion), bumped on every save.</summary>
    public int Version { get; set; }

    public string PrescriberId { get; set; } = null!;
    public string ProtocolId { get; set; } = null!;
    public int ProtocolVersion { get; set; }
    public decimal DailyDoseMg { get; set; }
    public Urgency Urgency { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>
    /// The case as submitted (<see cref="Contracts.CaseContent"/> as JSON), sent with every review round so reviewers
    /// decide on what they read in the review service; null for a case registered before the workflow kept it.
    /// </summary>
    public string? CaseContent { get; set; }

    /// <summary>
    /// What the decider weighs on the open round beyond its clock (JSON): the specialists' opinions and who acted on it
    /// as reviewer; null while nobody has.
    /// </summary>
    public string? ReviewRound { get; set; }

    /// <summary>The newest follow-up assessment reported (<see cref="ReportedFollowUp"/> as JSON), for renewal reviews.</summary>
    public string? LatestFollowUp { get; set; }

    /// <summary>The protocol version's clocks as JSON (<see cref="Contracts.ProtocolTerms"/>); null: the configured ones.</summary>
    public string? ProtocolTerms { get; set; }

    /// <summary>What the current review round needs under the protocol version (single reviewer, or specialists' opinions).</summary>
    public ReviewLevel RequiredReview { get; set; }
    public int RequiredSpecialists { get; set; }

    /// <summary>The current review round: the initial review, then each renewal review.</summary>
    public Guid ReviewId { get; set; }
    public DateTimeOffset ReviewOpenedAt { get; set; }
    public DateTimeOffset ReviewDueAt { get; set; }

    /// <summary>Scheduling tokens of the review clock's timers; null once cancelled or fired.</summary>
    public Guid? ReviewReminderTokenId { get; set; }
    public Guid? ReviewDeadlineTokenId { get; set; }
    public Guid? InformationDeadlineTokenId { get; set; }

    /// <summary>Set while the review clock is stopped for the prescriber's answer.</summary>
    public DateTimeOffset? ReviewClockPausedAt { get; set; }

    /// <summary>Total time the review clock stood still; the due date already includes it.</summary>
    public TimeSpan ReviewClockPaused { get; set; }

    /// <summary>The review passed its deadline undecided (set once; a flag, not a state).</summary>
    public bool ReviewOverdue { get; set; }

    public decimal? ApprovedDailyDoseMg { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>When the request ended for good (denied, withdrawn, lapsed, revoked, expired); an approval stays open.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The current validity window; a renewal moves it forward, starting where the previous one ended.</summary>
    public DateTimeOffset? ValidFrom { get; set; }
    public DateTimeOffset? ValidUntil { get; set; }

    public DateTimeOffset? LastFollowUpOn { get; set; }
    public DateTimeOffset? NextFollowUpDue { get; set; }

    /// <summary>The follow-up interval passed without a report; the next report clears it.</summary>
    public bool FollowUpOverdue { get; set; }

    public RenewalStatus? RenewalStatus { get; set; }

    /// <summary>Renewals approved so far.</summary>
    public int RenewalCycle { get; set; }

    /// <summary>Index of the next renewal reminder of the current window (reminders are sent once each).</summary>
    public int NextRenewalReminder { get; set; }

    public DateTimeOffset? SuspendedAt { get; set; }

    /// <summary>The taper a lower protocol cap imposed (<see cref="TaperSchedule"/> as JSON); null once a follow-up shows the cap reached.</summary>
    public string? Taper { get; set; }

    public Guid? FollowUpDueTokenId { get; set; }
    public Guid? RenewalReminderTokenId { get; set; }
    public Guid? ValidityEndTokenId { get; set; }

    /// <summary>Number of timeline entries published so far; the next entry gets the next number.</summary>
    public int TimelineSequence { get; set; }
}
