using Approvals.Contracts;
using Approvals.Domain;
using Approvals.Domain.Cases;
using Approvals.Domain.Protocols;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Approvals.Workflow;

/// <summary>
/// A thin saga over the case decider (ADR 0007): it correlates messages to a request, turns each into a
/// <see cref="CaseCommand"/>, lets <see cref="CaseDecider"/> judge it, and then does what the resulting events say
/// (timeline entries, messages to the review service, timers) or records the refusal. Its states are the decider's
/// phases by name: Submitted → UnderReview ⇄ AwaitingInformation → Approved | Denied, Withdrawn, Lapsed; an approval
/// then moves between Approved, RenewalUnderReview and Suspended, each with a Tapering sub-state while a lower cap's
/// taper runs, and ends Revoked or Expired. Every transition publishes a <see cref="RequestStatusChanged"/> timeline entry.
/// </summary>
public sealed partial class ApprovalStateMachine : MassTransitStateMachine<ApprovalState>
{
    public const string SystemActor = CaseDecider.SystemActor;
    public const string SuspensionCancelsRenewal = CaseDecider.SuspensionCancelsRenewal;

    readonly CaseTerms _configured;
    readonly TimeProvider _clock;

    public ApprovalStateMachine(IOptions<WorkflowOptions> options, IOptions<ApprovalTermsRules> terms, TimeProvider clock)
    {
        _configured = new CaseTerms(options.Value.ReviewClocks.Deadlines(), new CalendarTimeAllowed(options.Value.InformationDeadline), terms.Value);
        _clock = clock;

        InstanceState(x => x.CurrentState);
        // A message the current state does not expect (late, repeated, a timer that no longer applies) changes nothing;
        // timers carry tokens, so a cancelled timer that fires anyway is ignored too.
        OnUnhandledEvent(ctx => ctx.Ignore());

        Event(() => Requested, e => e.CorrelateById(m => m.Message.RequestId));
        // A later event can overtake the submission that creates the saga (separate outboxes, competing consumers):
        // faulting sends it through the retry policy until the saga exists, and to the error queue if it never does.
        Event(() => Decided, e => e.CorrelateById(m => m.Message.RequestId).OnMissingInstance(m => m.Fault()));
        Event(() => OpinionRecorded, e => e.CorrelateById(m => m.Message.RequestId).OnMissingInstance(m => m.Fault()));
        Event(() => InformationRequested, e => e.CorrelateById(m => m.Message.RequestId).OnMissingInstance(m => m.Fault()));
        Event(() => InformationProvided, e => e.CorrelateById(m => m.Message.RequestId).OnMissingInstance(m => m.Fault()));
        Event(() => WithdrawalRequested, e => e.CorrelateById(m => m.Message.RequestId).OnMissingInstance(m => m.Fault()));
        Event(() => FollowUpReported, e => e.CorrelateById(m => m.Message.RequestId).OnMissingInstance(m => m.Fault()));
        Event(() => RenewalRequested, e => e.CorrelateById(m => m.Message.RequestId).OnMissingInstance(m => m.Fault()));
        Event(() => SuspensionOrdered, e => e.CorrelateById(m => m.Message.RequestId).OnMissingInstance(m => m.Fault()));
        Event(() => ReinstatementOrdered, e => e.CorrelateById(m => m.Message.RequestId).OnMissingInstance(m => m.Fault()));
        Event(() => RevocationOrdered, e => e.CorrelateById(m => m.Message.RequestId).OnMissingInstance(m => m.Fault()));
        // Ordered by the workflow itself from its own rows: a saga that is gone has nothing left to taper.
        Event(() => CapTakesEffect, e => e.CorrelateById(m => m.Message.RequestId).OnMissingInstance(m => m.Discard()));

        Schedule(() => ReviewReminder, x => x.ReviewReminderTokenId, s => s.Received = r => r.CorrelateById(m => m.Message.RequestId));
        Schedule(() => ReviewDeadline, x => x.ReviewDeadlineTokenId, s => s.Received = r => r.CorrelateById(m => m.Message.RequestId));
        Schedule(() => InformationDeadline, x => x.InformationDeadlineTokenId, s => s.Received = r => r.CorrelateById(m => m.Message.RequestId));
        Schedule(() => FollowUpTimer, x => x.FollowUpDueTokenId, s => s.Received = r => r.CorrelateById(m => m.Message.RequestId));
        Schedule(() => RenewalReminder, x => x.RenewalReminderTokenId, s => s.Received = r => r.CorrelateById(m => m.Message.RequestId));
        Schedule(() => ValidityEnd, x => x.ValidityEndTokenId, s => s.Received = r => r.CorrelateById(m => m.Message.RequestId));

        // A taper runs alongside whichever approval state the case is in, so each has a tapering sub-state that takes
        // its parent's transitions.
        SubState(() => ApprovedTapering, Approved);
        SubState(() => RenewalUnderReviewTapering, RenewalUnderReview);
        SubState(() => SuspendedTapering, Suspended);

        DefineTransitions();
    }

    public State UnderReview { get; } = null!;
    public State AwaitingInformation { get; } = null!;
    public State Approved { get; } = null!;

    /// <summary>An approval in force whose renewal review is open; the request's status stays approved.</summary>
    public State RenewalUnderReview { get; } = null!;
    public State Suspended { get; } = null!;

    /// <summary>The approval states while a lower protocol cap's taper runs: a follow-up within the cap ends it.</summary>
    public State ApprovedTapering { get; } = null!;
    public State RenewalUnderReviewTapering { get; } = null!;
    public State SuspendedTapering { get; } = null!;

    public State Denied { get; } = null!;
    public State Withdrawn { get; } = null!;
    public State Lapsed { get; } = null!;
    public State Revoked { get; } = null!;
    public State Expired { get; } = null!;

    public Event<ApprovalRequested> Requested { get; } = null!;
    public Event<ReviewDecided> Decided { get; } = null!;
    public Event<OpinionRecorded> OpinionRecorded { get; } = null!;
    public Event<InformationRequested> InformationRequested { get; } = null!;
    public Event<InformationProvided> InformationProvided { get; } = null!;
    public Event<RequestWithdrawn> WithdrawalRequested { get; } = null!;
    public Event<FollowUpReported> FollowUpReported { get; } = null!;
    public Event<RenewalRequested> RenewalRequested { get; } = null!;
    public Event<SuspensionOrdered> SuspensionOrdered { get; } = null!;
    public Event<ReinstatementOrdered> ReinstatementOrdered { get; } = null!;
    public Event<RevocationOrdered> RevocationOrdered { get; } = null!;
    public Event<ProtocolCapTakesEffect> CapTakesEffect { get; } = null!;

    public Schedule<ApprovalState, ReviewReminderDue> ReviewReminder { get; } = null!;
    public Schedule<ApprovalState, ReviewDeadlineReached> ReviewDeadline { get; } = null!;
    public Schedule<ApprovalState, InformationDeadlineReached> InformationDeadline { get; } = null!;
    public Schedule<ApprovalState, FollowUpDue> FollowUpTimer { get; } = null!;
    public Schedule<ApprovalState, RenewalReminderDue> RenewalReminder { get; } = null!;
    public Schedule<ApprovalState, ValidityEnded> ValidityEnd { get; } = null!;
}
