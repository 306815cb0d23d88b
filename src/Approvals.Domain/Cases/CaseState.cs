using Approvals.Contracts;

namespace Approvals.Domain.Cases;

/// <summary>
/// One request's case as the decider sees it, built only by <see cref="CaseDecider.Evolve"/> from the case's events.
/// Immutable: every event makes a new state. Ids, timeline numbers and timer tokens are the saga's, not the case's.
/// </summary>
public sealed record CaseState
{
    /// <summary>Before the submission.</summary>
    public static CaseState None { get; } = new();

    public CasePhase Phase { get; init; } = CasePhase.None;
    public string PrescriberId { get; init; } = "";
    public string? ProtocolId { get; init; }
    public int ProtocolVersion { get; init; }
    public decimal RequestedDailyDoseMg { get; init; }
    public Urgency Urgency { get; init; }
    public DateTimeOffset SubmittedAt { get; init; }
    public CaseTerms Terms { get; init; } = CaseTerms.Default;

    /// <summary>The current (or last) review round; a renewal opens a new one.</summary>
    public ReviewRound? Review { get; init; }

    public decimal? ApprovedDailyDoseMg { get; init; }
    public string? DecidedBy { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>When the request ended for good (denied, withdrawn, lapsed, revoked, expired); an approval stays open.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>The current validity window; a renewal moves it forward, starting where the previous one ended.</summary>
    public DateTimeOffset? ValidFrom { get; init; }
    public DateTimeOffset? ValidUntil { get; init; }

    public FollowUpClock FollowUps { get; init; } = FollowUpClock.NotStarted;

    /// <summary>How the last finished renewal round ended; <see cref="RenewalStatus"/> adds the one under review.</summary>
    public RenewalStatus? LastRenewal { get; init; }

    /// <summary>Renewals approved so far.</summary>
    public int RenewalCycle { get; init; }

    /// <summary>Index of the next renewal reminder of the current window (each is sent once).</summary>
    public int NextRenewalReminder { get; init; }

    public DateTimeOffset? SuspendedAt { get; init; }

    /// <summary>The taper a lower protocol cap imposed; null when none runs (or a follow-up showed the cap reached).</summary>
    public TaperOrder? Taper { get; init; }

    public RequestStatus Status => Phase.ToStatus();

    public RenewalStatus? RenewalStatus =>
        Phase == CasePhase.RenewalUnderReview ? Contracts.RenewalStatus.UnderReview : LastRenewal;
}

/// <summary>
/// The follow-up clock of an approval: the newest assessment reported, when the next one is due, and whether that
/// passed without a report.
/// </summary>
public sealed record FollowUpClock(DateOnly? LastAssessedOn, DateTimeOffset? NextDue, bool Overdue, ReportedAssessment? Latest)
{
    public static FollowUpClock NotStarted { get; } = new(null, null, false, null);
}

/// <summary>The newest assessment, as a renewal review reads it.</summary>
public sealed record ReportedAssessment(Guid FollowUpId, DateOnly AssessedOn, DateTimeOffset ReportedAt, decimal? DailyDoseMg);

/// <summary>A taper ordered by <paramref name="ProtocolVersion"/>, whose cap the approved dose exceeds.</summary>
public sealed record TaperOrder(int ProtocolVersion, Protocols.TaperPlan Plan);
