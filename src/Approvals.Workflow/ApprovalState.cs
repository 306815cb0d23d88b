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

    public Guid ReviewId { get; set; }
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
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Number of timeline entries published so far; the next entry gets the next number.</summary>
    public int TimelineSequence { get; set; }
}
