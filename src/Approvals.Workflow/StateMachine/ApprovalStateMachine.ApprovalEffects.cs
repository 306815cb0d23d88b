using Approvals.Contracts;
using Approvals.Domain.Cases;
using Approvals.Messaging.Bus;
using MassTransit;

namespace Approvals.Workflow;

/// <summary>An approval's effects: follow-ups, renewal rounds and reminders, safety orders, the taper, and expiry.</summary>
public sealed partial class ApprovalStateMachine
{
    async Task RecordFollowUp(BehaviorContext<ApprovalState> ctx, FollowUpRecorded e, CaseState after, FollowUpReported m)
    {
        // A renewal review reads the newest assessment with its findings, which only the report carries.
        if (e.IsNewest)
            ctx.Saga.LatestFollowUp = CaseRecords.Write(new ReportedFollowUp(e.FollowUpId, e.AssessedOn, e.ReportedAt, e.DailyDoseMg, m.Findings));
        await Unschedule(ctx, FollowUpTimer);
        if (!e.Overdue)
            await Schedule(ctx, FollowUpTimer, new FollowUpDue(ctx.Saga.CorrelationId), e.NextDue);
        await ctx.Publish(NextEntry(ctx.Saga, after.Status, e.ReportedAt, m.PrescriberId, $"Follow-up reported (assessed {e.AssessedOn:yyyy-MM-dd})",
            actor: Prescriber(m.PrescriberName)));
    }

    static async Task MarkFollowUpOverdue(BehaviorContext<ApprovalState> ctx, FollowUpWentOverdue e, CaseState after, DateTimeOffset now)
    {
        await ctx.Publish(new FollowUpOverdue(ctx.Saga.CorrelationId, ctx.Saga.PrescriberId, e.DueAt, now));
        await ctx.Publish(NextEntry(ctx.Saga, after.Status, e.DueAt, SystemActor, $"Follow-up overdue: none reported by {e.DueAt:u}"));
    }

    async Task ImposeTaper(BehaviorContext<ApprovalState> ctx, TaperImposed e, CaseState after)
    {
        if (!after.FollowUps.Overdue)
            await Schedule(ctx, FollowUpTimer, new FollowUpDue(ctx.Saga.CorrelationId), e.NextFollowUpDue);
        await ctx.Publish(NextEntry(ctx.Saga, after.Status, e.At, SystemActor,
            $"Taper required: protocol version {e.ProtocolVersion} caps the dose at {e.Plan.TargetDailyDoseMg} mg/day"));
    }

    async Task RenewWindow(BehaviorContext<ApprovalState> ctx, RenewalApproved e, ReviewDecided m)
    {
        await StopReviewClock(ctx);
        await ctx.Publish(NextEntry(ctx.Saga, RequestStatus.Approved, e.At, e.ReviewerId, $"Renewal approved: {m.Rationale}",
            DecisionOf(m, e.ApprovedDailyDoseMg), actor: Reviewer(m.ReviewerName)));
        await Schedule(ctx, ValidityEnd, new ValidityEnded(ctx.Saga.CorrelationId), e.ValidUntil);
        await ScheduleRenewalReminder(ctx, e.Reminders);
    }

    async Task DenyRenewal(BehaviorContext<ApprovalState> ctx, RenewalDenied e, ReviewDecided m)
    {
        await StopReviewClock(ctx);
        await ctx.Publish(NextEntry(ctx.Saga, RequestStatus.Approved, e.At, e.ReviewerId,
            $"Renewal denied; the approval ends on {e.ValidUntil:yyyy-MM-dd}: {e.Rationale}", DecisionOf(m, null), actor: Reviewer(m.ReviewerName)));
    }

    /// <summary>A renewal round still open when the approval is halted or ends is taken out of the reviewers' queue.</summary>
    async Task CancelRenewal(BehaviorContext<ApprovalState> ctx, RenewalReviewCancelled e)
    {
        await StopReviewClock(ctx);
        var review = await ctx.GetSendEndpoint(ServiceAddresses.Review);
        await review.Send(new CancelReview(ctx.Saga.CorrelationId, e.ReviewId, e.Reason, e.At), ctx.CancellationToken);
    }

    async Task RemindOfRenewal(BehaviorContext<ApprovalState> ctx, RenewalReminderFired e, DateTimeOffset now)
    {
        if (e.PrescriberReminded)
        {
            await ctx.Publish(new RenewalDue(ctx.Saga.CorrelationId, ctx.Saga.PrescriberId, e.ValidUntil, now));
            await ctx.Publish(NextEntry(ctx.Saga, RequestStatus.Approved, now, SystemActor,
                $"Renewal reminder: the approval ends on {e.ValidUntil:yyyy-MM-dd}"));
        }

        await ScheduleRenewalReminder(ctx, e.Next);
    }

    /// <summary>Each reminder of a window is sent once; the decider already skipped the ones whose time has passed.</summary>
    async Task ScheduleRenewalReminder(BehaviorContext<ApprovalState> ctx, ReminderSchedule reminders)
    {
        await Unschedule(ctx, RenewalReminder);
        if (reminders.At is { } at)
            await Schedule(ctx, RenewalReminder, new RenewalReminderDue(ctx.Saga.CorrelationId, reminders.Next), at);
    }

    async Task Suspend(BehaviorContext<ApprovalState> ctx, ApprovalSuspended e, SuspensionOrdered m)
    {
        await Unschedule(ctx, RenewalReminder);
        await ctx.Publish(NextEntry(ctx.Saga, RequestStatus.Suspended, e.At, e.ReviewerId, e.Reason, actor: Reviewer(m.ReviewerName),
            signature: m.Signature));
    }

    async Task Reinstate(BehaviorContext<ApprovalState> ctx, ApprovalReinstated e, ReinstatementOrdered m)
    {
        await ScheduleRenewalReminder(ctx, e.Reminders);
        await ctx.Publish(NextEntry(ctx.Saga, RequestStatus.Approved, e.At, e.ReviewerId, e.Reason, actor: Reviewer(m.ReviewerName)));
    }

    async Task Revoke(BehaviorContext<ApprovalState> ctx, ApprovalRevoked e, RevocationOrdered m)
    {
        await StopApprovalClocks(ctx);
        await ctx.Publish(NextEntry(ctx.Saga, RequestStatus.Revoked, e.At, e.ReviewerId, e.Reason, actor: Reviewer(m.ReviewerName),
            signature: m.Signature));
    }

    async Task Expire(BehaviorContext<ApprovalState> ctx, ValidityExpired e, DateTimeOffset now)
    {
        await StopApprovalClocks(ctx);
        await ctx.Publish(new ApprovalExpired(ctx.Saga.CorrelationId, e.ValidUntil, now));
        await ctx.Publish(NextEntry(ctx.Saga, RequestStatus.Expired, e.ValidUntil, SystemActor,
            e.RenewalWasDenied ? "Validity ended; the renewal was denied" : "Validity ended without an approved renewal"));
    }

    Task StopApprovalClocks(BehaviorContext<ApprovalState> ctx) => Unschedule(ctx, FollowUpTimer, RenewalReminder, ValidityEnd);
}
