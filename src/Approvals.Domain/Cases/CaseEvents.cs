using Approvals.Contracts;
using Approvals.Domain.Protocols;

namespace Approvals.Domain.Cases;

/// <summary>
/// What happened to a case: domain events, not the public contracts; the saga maps them to its messages and timers.
/// Each carries what the saga needs to act (a due date to schedule, a round to open) so it computes nothing itself.
/// </summary>
public abstract record CaseEvent;

public sealed record RequestSubmitted(
    string PrescriberId, string? ProtocolId, int ProtocolVersion, decimal DailyDoseMg, Urgency Urgency, DateTimeOffset SubmittedAt,
    CaseTerms Terms) : CaseEvent;

/// <summary>The protocol refused the dose at once (above its cap), recorded like a reviewer's denial.</summary>
public sealed record DeniedByProtocol(string ReasonCode, string Detail, DateTimeOffset At) : CaseEvent;

/// <summary>A round opened: the initial review, or a renewal review (with the prescriber's notes).</summary>
public sealed record ReviewOpened(ReviewRound Round, string? RenewalNotes = null) : CaseEvent;

public sealed record OpinionGiven(Guid ReviewId, Opinion Opinion, DateTimeOffset At) : CaseEvent;

/// <summary>The round's clock stops until the answer, which is due by <paramref name="AnswerDueAt"/>.</summary>
public sealed record QuestionsAsked(Guid ReviewId, string ReviewerId, IReadOnlyList<string> Questions, DateTimeOffset At,
    DateTimeOffset AnswerDueAt) : CaseEvent;

/// <summary>The clock resumes, its deadline shifted by the pause (<paramref name="DueAt"/>, <paramref name="Paused"/> in total).</summary>
public sealed record QuestionsAnswered(Guid ReviewId, string Text, DateTimeOffset At, DateTimeOffset DueAt, TimeSpan Paused) : CaseEvent;

public sealed record ReviewersReminded(Guid ReviewId, DateTimeOffset DueAt) : CaseEvent;

public sealed record ReviewWentOverdue(Guid ReviewId, DateTimeOffset DueAt) : CaseEvent;

/// <summary>Which renewal reminder of the window comes next and when; <c>At</c> null: none left.</summary>
public sealed record ReminderSchedule(int Next, DateTimeOffset? At);

public sealed record RequestApproved(
    Guid ReviewId, string ReviewerId, DecisionOutcome Outcome, decimal ApprovedDailyDoseMg, DateTimeOffset ValidFrom, DateTimeOffset ValidUntil,
    DateTimeOffset NextFollowUpDue, ReminderSchedule Reminders, DateTimeOffset At) : CaseEvent;

public sealed record RequestDenied(Guid ReviewId, string ReviewerId, string ReasonCode, string Rationale, DateTimeOffset At) : CaseEvent;

public sealed record CaseWithdrawn(string PrescriberId, string Reason, DateTimeOffset At) : CaseEvent;

/// <summary>No answer to the reviewer's questions in time: the request ends.</summary>
public sealed record RequestLapsed(Guid ReviewId, AllowedTime InformationDeadline, DateTimeOffset At) : CaseEvent;

/// <param name="IsNewest">The newest assessment so far: a renewal review reads it.</param>
public sealed record FollowUpRecorded(
    Guid FollowUpId, DateOnly AssessedOn, decimal? DailyDoseMg, DateTimeOffset ReportedAt, DateOnly LastAssessedOn, DateTimeOffset NextDue,
    bool Overdue, bool IsNewest) : CaseEvent;

public sealed record FollowUpWentOverdue(DateTimeOffset DueAt) : CaseEvent;

/// <summary>A follow-up reported a dose within the taper's target.</summary>
public sealed record TaperCompleted(int ProtocolVersion, decimal ReportedDailyDoseMg, DateTimeOffset At) : CaseEvent;

public sealed record RenewalApproved(
    Guid ReviewId, string ReviewerId, DecisionOutcome Outcome, decimal ApprovedDailyDoseMg, DateTimeOffset ValidFrom, DateTimeOffset ValidUntil,
    int Cycle, ReminderSchedule Reminders, DateTimeOffset At) : CaseEvent;

/// <summary>The approval runs to the end of its window (<paramref name="ValidUntil"/>) and then expires.</summary>
public sealed record RenewalDenied(Guid ReviewId, string ReviewerId, string ReasonCode, string Rationale, DateTimeOffset ValidUntil,
    DateTimeOffset At) : CaseEvent;

/// <summary>The open renewal round ends undecided: the approval was suspended, revoked or expired meanwhile.</summary>
public sealed record RenewalReviewCancelled(Guid ReviewId, string Reason, DateTimeOffset At) : CaseEvent;

/// <param name="PrescriberReminded">False while a renewal is already under review: the reminder passes unsent.</param>
public sealed record RenewalReminderFired(int Reminder, bool PrescriberReminded, DateTimeOffset ValidUntil, ReminderSchedule Next) : CaseEvent;

public sealed record ApprovalSuspended(string ReviewerId, string Reason, DateTimeOffset At, Guid? OrderId) : CaseEvent;

public sealed record ApprovalReinstated(string ReviewerId, string Reason, DateTimeOffset At, Guid? OrderId, ReminderSchedule Reminders) : CaseEvent;

public sealed record ApprovalRevoked(string ReviewerId, string Reason, DateTimeOffset At, Guid? OrderId) : CaseEvent;

public sealed record ValidityExpired(DateTimeOffset ValidUntil, bool RenewalWasDenied, DateTimeOffset At) : CaseEvent;

/// <summary>A lower cap took effect: taper by <paramref name="Plan"/>, and report a follow-up by <paramref name="NextFollowUpDue"/>.</summary>
public sealed record TaperImposed(int ProtocolVersion, TaperPlan Plan, DateTimeOffset NextFollowUpDue, DateTimeOffset At) : CaseEvent;
