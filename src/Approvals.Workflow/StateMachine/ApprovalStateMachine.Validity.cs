using Approvals.Contracts;
using MassTransit;

namespace Approvals.Workflow;

/// <summary>
/// An approval's own clocks: the validity window and its end, the renewal reminders before that end, and the
/// follow-up expected every interval. A report resets the follow-up clock and clears an overdue flag.
/// </summary>
public sealed partial class ApprovalStateMachine
{
    void DefineFollowUps() =>
        During(Approved, Suspended,
            When(FollowUpReported, ctx => ByPrescriber(ctx.Saga, ctx.Message.PrescriberId))
                .Then(ctx =>
                {
                    RecordFollowUp(ctx.Saga, ctx.Message.Date);
                    KeepIfNewest(ctx.Saga, ctx.Message);
                    ctx.Saga.Taper = TaperAfter(ctx.Saga, ctx.Message.DailyDoseMg);
                })
                .Unschedule(FollowUpTimer)
                .If(ctx => !ctx.Saga.FollowUpOverdue, b => b
                    .Schedule(FollowUpTimer, ctx => new FollowUpDue(ctx.Saga.CorrelationId), ctx => ctx.Saga.NextFollowUpDue!.Value.UtcDateTime))
                .Publish(ctx => NextEntry(ctx.Saga, CurrentStatus(ctx.Saga), ctx.Message.ReportedAt, ctx.Message.PrescriberId,
                    $"Follow-up reported (assessed {ctx.Message.Date:yyyy-MM-dd})", actor: Prescriber(ctx.Message.PrescriberName))),
            When(FollowUpTimer.Received)
                .Then(ctx => ctx.Saga.FollowUpOverdue = true)
                .Publish(ctx => new FollowUpOverdue(ctx.Saga.CorrelationId, ctx.Saga.PrescriberId, ctx.Saga.NextFollowUpDue!.Value, _clock.GetUtcNow()))
                .Publish(ctx => NextEntry(ctx.Saga, CurrentStatus(ctx.Saga), ctx.Saga.NextFollowUpDue!.Value, SystemActor,
                    $"Follow-up overdue: none reported by {ctx.Saga.NextFollowUpDue:u}")));

    /// <summary>The first window opens at the decision; a reviewer may choose its end within the maximum.</summary>
    void StartValidity(ApprovalState saga, DateTimeOffset from, DateTimeOffset? chosenUntil)
    {
        saga.ValidFrom = from;
        saga.ValidUntil = WindowEnd(saga, from, chosenUntil);
        saga.NextFollowUpDue = from + RulesFor(saga).Approval.FollowUpInterval;
        saga.NextRenewalReminder = 0;
    }

    /// <summary>A renewed window starts where the current one ends, so the patient's treatment has no gap.</summary>
    void RenewValidity(ApprovalState saga, DateTimeOffset? chosenUntil)
    {
        var from = saga.ValidUntil!.Value;
        saga.ValidFrom = from;
        saga.ValidUntil = WindowEnd(saga, from, chosenUntil);
        saga.RenewalStatus = RenewalStatus.Approved;
        saga.RenewalCycle++;
        saga.NextRenewalReminder = 0;
    }

    DateTimeOffset WindowEnd(ApprovalState saga, DateTimeOffset from, DateTimeOffset? chosenUntil)
    {
        var rules = RulesFor(saga).Approval;
        return chosenUntil is { } until && rules.AllowsWindow(from, until) ? until : from + rules.DefaultValidity;
    }

    /// <summary>Reports move the next due date forward only: a late-arriving older report cannot pull it back.</summary>
    void RecordFollowUp(ApprovalState saga, DateOnly assessedOn)
    {
        var date = new DateTimeOffset(assessedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        if (saga.LastFollowUpOn is null || date > saga.LastFollowUpOn)
            saga.LastFollowUpOn = date;
        var due = saga.LastFollowUpOn.Value + RulesFor(saga).Approval.FollowUpInterval;
        if (saga.NextFollowUpDue is null || due > saga.NextFollowUpDue)
            saga.NextFollowUpDue = due;
        saga.FollowUpOverdue = saga.NextFollowUpDue <= _clock.GetUtcNow();
    }

    /// <summary>A renewal review reads the newest assessment: a late-arriving older report does not replace it.</summary>
    static void KeepIfNewest(ApprovalState saga, FollowUpReported report)
    {
        if (CaseRecords.Read<ReportedFollowUp>(saga.LatestFollowUp) is { } kept && kept.Date > report.Date)
            return;
        saga.LatestFollowUp = CaseRecords.Write(
            new ReportedFollowUp(report.FollowUpId, report.Date, report.ReportedAt, report.DailyDoseMg, report.Findings));
    }

    EventActivityBinder<ApprovalState, T> StartApprovalClocks<T>(EventActivityBinder<ApprovalState, T> binder)
        where T : class =>
        binder
            .Schedule(FollowUpTimer, ctx => new FollowUpDue(ctx.Saga.CorrelationId), ctx => ctx.Saga.NextFollowUpDue!.Value.UtcDateTime)
            .With(ScheduleValidityEnd)
            .With(ScheduleNextRenewalReminder);

    EventActivityBinder<ApprovalState, T> StopApprovalClocks<T>(EventActivityBinder<ApprovalState, T> binder)
        where T : class =>
        binder.Unschedule(FollowUpTimer).Unschedule(RenewalReminder).Unschedule(ValidityEnd);

    EventActivityBinder<ApprovalState, T> ScheduleValidityEnd<T>(EventActivityBinder<ApprovalState, T> binder)
        where T : class =>
        binder
            .Unschedule(ValidityEnd)
            .Schedule(ValidityEnd, ctx => new ValidityEnded(ctx.Saga.CorrelationId), ctx => ctx.Saga.ValidUntil!.Value.UtcDateTime);

    /// <summary>Each reminder of a window is sent once; one whose time has already passed is skipped, not sent late.</summary>
    EventActivityBinder<ApprovalState, T> ScheduleNextRenewalReminder<T>(EventActivityBinder<ApprovalState, T> binder)
        where T : class =>
        binder
            .Unschedule(RenewalReminder)
            .Then(ctx => SkipPastReminders(ctx.Saga))
            .If(ctx => NextReminderAt(ctx.Saga) is not null, b => b
                .Schedule(RenewalReminder, ctx => new RenewalReminderDue(ctx.Saga.CorrelationId, ctx.Saga.NextRenewalReminder),
                    ctx => NextReminderAt(ctx.Saga)!.Value.UtcDateTime));

    void SkipPastReminders(ApprovalState saga)
    {
        var now = _clock.GetUtcNow();
        while (NextReminderAt(saga) is { } at && at <= now)
            saga.NextRenewalReminder++;
    }

    DateTimeOffset? NextReminderAt(ApprovalState saga)
    {
        var reminders = RulesFor(saga).Reminders;
        return saga.NextRenewalReminder < reminders.Count ? saga.ValidUntil - reminders[saga.NextRenewalReminder] : null;
    }
}
