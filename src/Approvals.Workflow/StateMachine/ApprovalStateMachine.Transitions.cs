using Approvals.Domain.Cases;
using MassTransit;

namespace Approvals.Workflow;

/// <summary>
/// The transition table. Every handler does the same thing: build the command, let the decider judge it, act on the
/// verdict, and enter the state named after the case's new phase. The table says which messages move each state on;
/// the steps people take are judged in every other state too, so that the decider refuses them aloud.
/// </summary>
public sealed partial class ApprovalStateMachine
{
    void DefineTransitions()
    {
        // A submission the decider refuses opens no case: the instance ends at once and its row is never written, so the
        // id stays unknown to the workflow (a later step for it finds no saga) and a valid submission may still use it.
        SetCompletedWhenFinalized();
        Initially(
            When(Requested)
                .Then(ctx => Register(ctx.Saga, ctx.Message))
                .ThenAsync(ctx => Judge(ctx, SubmitFrom(ctx.Saga, ctx.Message)))
                .If(ctx => ctx.Saga.CurrentState is null || ctx.Saga.CurrentState == Initial.Name, refused => refused.Finalize()));

        var judge = Judges();
        var moves = new Dictionary<State, Event[]>
        {
            [UnderReview] =
                [Decided, OpinionRecorded, InformationRequested, WithdrawalRequested, ReviewReminder.Received, ReviewDeadline.Received],
            [AwaitingInformation] = [InformationProvided, WithdrawalRequested, InformationDeadline.Received],
            [Approved] =
            [
                FollowUpReported, RenewalRequested, SuspensionOrdered, RevocationOrdered, CapTakesEffect, FollowUpTimer.Received,
                RenewalReminder.Received, ValidityEnd.Received,
                // A row saved before the renewal had a state of its own is Approved with its renewal round open.
                ReviewReminder.Received, ReviewDeadline.Received,
            ],
            [RenewalUnderReview] =
            [
                Decided, OpinionRecorded, FollowUpReported, SuspensionOrdered, RevocationOrdered, CapTakesEffect, ReviewReminder.Received,
                ReviewDeadline.Received, FollowUpTimer.Received, RenewalReminder.Received, ValidityEnd.Received,
            ],
            [Suspended] = [ReinstatementOrdered, RevocationOrdered, FollowUpReported, CapTakesEffect, FollowUpTimer.Received, ValidityEnd.Received],
            // ApprovedTapering, RenewalUnderReviewTapering and SuspendedTapering take their parent state's transitions.
            [Denied] = [],
            [Withdrawn] = [],
            [Lapsed] = [],
            [Revoked] = [],
            [Expired] = [],
        };
        Event[] steps =
        [
            Decided, OpinionRecorded, InformationRequested, InformationProvided, WithdrawalRequested, FollowUpReported, RenewalRequested,
            SuspensionOrdered, ReinstatementOrdered, RevocationOrdered,
        ];

        foreach (var (state, events) in moves)
        {
            During(state, [.. events.Select(e => judge[e]())]);
            if (steps.Except(events).ToList() is { Count: > 0 } refused)
                During(state, [.. refused.Select(e => judge[e]())]);
        }
    }

    /// <summary>Each message as the command the decider judges; timers and the protocol's cap are the workflow's own.</summary>
    Dictionary<Event, Func<EventActivities<ApprovalState>>> Judges() => new()
    {
        [Decided] = () => When(Decided).ThenAsync(ctx => Judge(ctx, DecisionFrom(ctx.Saga, ctx.Message))),
        [OpinionRecorded] = () => When(OpinionRecorded).ThenAsync(ctx => Judge(ctx, OpinionFrom(ctx.Message))),
        [InformationRequested] = () => When(InformationRequested).ThenAsync(ctx => Judge(ctx, QuestionsFrom(ctx.Saga, ctx.Message))),
        [InformationProvided] = () => When(InformationProvided).ThenAsync(ctx =>
            Judge(ctx, new ProvideInformation(ctx.Message.PrescriberId, ctx.Message.Text, ctx.Message.ProvidedAt))),
        [WithdrawalRequested] = () => When(WithdrawalRequested).ThenAsync(ctx =>
            Judge(ctx, new Withdraw(ctx.Message.PrescriberId, ctx.Message.Reason, ctx.Message.WithdrawnAt))),
        [FollowUpReported] = () => When(FollowUpReported).ThenAsync(ctx => Judge(ctx,
            new ReportFollowUp(ctx.Message.FollowUpId, ctx.Message.PrescriberId, ctx.Message.Date, ctx.Message.DailyDoseMg, ctx.Message.ReportedAt,
                Recorded: true))),
        [RenewalRequested] = () => When(RenewalRequested).ThenAsync(ctx => Judge(ctx,
            new RequestRenewal(NewId.NextGuid(), ctx.Message.PrescriberId, ctx.Message.Notes, ctx.Message.RequestedAt, ctx.Message.LatestFollowUpOn,
                Protocol: null, ctx.Message.Requirement))),
        [SuspensionOrdered] = () => When(SuspensionOrdered).ThenAsync(ctx =>
            Judge(ctx, new Suspend(ctx.Message.ReviewerId, ctx.Message.Reason, ctx.Message.At, ctx.Message.OrderId))),
        [ReinstatementOrdered] = () => When(ReinstatementOrdered).ThenAsync(ctx =>
            Judge(ctx, new Reinstate(ctx.Message.ReviewerId, ctx.Message.Reason, ctx.Message.At, ctx.Message.OrderId))),
        [RevocationOrdered] = () => When(RevocationOrdered).ThenAsync(ctx =>
            Judge(ctx, new Revoke(ctx.Message.ReviewerId, ctx.Message.Reason, ctx.Message.At, ctx.Message.OrderId))),
        [CapTakesEffect] = () => When(CapTakesEffect).ThenAsync(ctx => Judge(ctx, CapFrom(ctx.Message))),
        [ReviewReminder.Received] = () => When(ReviewReminder.Received).ThenAsync(ctx => Judge(ctx, new FireTimer(CaseTimer.ReviewReminder))),
        [ReviewDeadline.Received] = () => When(ReviewDeadline.Received).ThenAsync(ctx => Judge(ctx, new FireTimer(CaseTimer.ReviewDeadline))),
        [InformationDeadline.Received] = () =>
            When(InformationDeadline.Received).ThenAsync(ctx => Judge(ctx, new FireTimer(CaseTimer.InformationDeadline))),
        [FollowUpTimer.Received] = () => When(FollowUpTimer.Received).ThenAsync(ctx => Judge(ctx, new FireTimer(CaseTimer.FollowUpDue))),
        [RenewalReminder.Received] = () => When(RenewalReminder.Received).ThenAsync(ctx =>
            Judge(ctx, new FireTimer(CaseTimer.RenewalReminder, ctx.Message.Reminder))),
        [ValidityEnd.Received] = () => When(ValidityEnd.Received).ThenAsync(ctx => Judge(ctx, new FireTimer(CaseTimer.ValidityEnd))),
    };

    /// <summary>
    /// Judges one command on the case as the row holds it: a refusal is recorded, events are applied to the row and then
    /// acted on in order, and the saga enters the state of the case's new phase.
    /// </summary>
    async Task Judge<T>(BehaviorContext<ApprovalState, T> ctx, CaseCommand command)
        where T : class
    {
        var now = _clock.GetUtcNow();
        var before = CaseStateMapping.ToCase(ctx.Saga, TermsFor(ctx.Saga));
        var verdict = CaseDecider.Decide(before, command, now);
        if (verdict.Refusal is { } refusal)
        {
            await Refuse(ctx, before, refusal, now);
            return;
        }

        if (verdict.Events.Count == 0)
            return;
        var after = CaseDecider.Replay(verdict.Events, before);
        CaseStateMapping.Write(after, ctx.Saga);
        foreach (var caseEvent in verdict.Events)
            await Act(ctx, caseEvent, after, now);
        if (CaseStateMapping.StateName(after) is var state && state != ctx.Saga.CurrentState)
            await ctx.TransitionToState(GetState(state));
    }
}
