using Approvals.Contracts;
using Approvals.Domain.Protocols;

namespace Approvals.Domain.Cases;

/// <summary>Submission, the review rounds and their clock, the prescriber's answers and withdrawal.</summary>
public static partial class CaseDecider
{
    static readonly ReviewRequirement SingleReview = new(ReviewLevel.Single, 0);

    /// <summary>The protocol version in force judges the dose: the tier sets the review, above the cap it is denied at once.</summary>
    static CaseVerdict Submit(CaseState state, SubmitRequest c)
    {
        if (state.Phase != CasePhase.None)
            return CaseVerdict.Unchanged; // the same submission delivered again
        if (c.DailyDoseMg <= 0)
            return Refusal.Invalid(new ValidationErrors().Add("dailyDoseMg", "The daily dose must be a positive number."));

        var terms = c.Protocol is { } protocol ? CaseTerms.Of(protocol) : c.ConfiguredTerms;
        var submitted = new RequestSubmitted(c.PrescriberId, c.Protocol?.ProtocolId ?? c.Ruled?.ProtocolId, c.Protocol?.Version ?? c.Ruled?.Version ?? 0,
            c.DailyDoseMg, c.Urgency, c.SubmittedAt, terms);
        var ruling = c.Protocol?.RuleOnDose(c.DailyDoseMg);
        if (ruling is DoseRuling.Denied denied)
            return CaseVerdict.Accept(submitted, new DeniedByProtocol(denied.ReasonCode, denied.Detail, c.SubmittedAt));
        if (c.Protocol is null && c.Ruled?.Denial is { } ruledDenial)
            return CaseVerdict.Accept(submitted, new DeniedByProtocol(ruledDenial.ReasonCode, ruledDenial.Rationale, c.SubmittedAt));

        var requirement = (ruling as DoseRuling.NeedsReview)?.Requirement ?? (c.Protocol is null ? c.Ruled?.Requirement : null) ?? SingleReview;
        var round = new ReviewRound(c.ReviewId, ReviewKind.Initial, requirement, c.DailyDoseMg, c.SubmittedAt,
            terms.Clocks.DueAt(c.Urgency, c.SubmittedAt), ValidityStartsAt: null);
        return CaseVerdict.Accept(submitted, new ReviewOpened(round));
    }

    /// <summary>
    /// A decision counts only on the round open now. One that reaches a request withdrawn or lapsed, or a renewal round
    /// cancelled, is void and refused aloud; one of an earlier round (redelivered) changes nothing.
    /// </summary>
    static CaseVerdict DecideRound(CaseState state, DecideReview c, DateTimeOffset now)
    {
        var round = state.Review;
        switch (state.Phase)
        {
            case CasePhase.Withdrawn or CasePhase.Lapsed:
                return Refusal.Conflict(RefusalCodes.DecisionVoid,
                    $"The request was {Spelled(state.Status)} before this decision reached the workflow; the decision is void.");
            case CasePhase.Approved or CasePhase.Suspended or CasePhase.Revoked or CasePhase.Expired
                when state.LastRenewal == RenewalStatus.Cancelled && round?.ReviewId == c.ReviewId:
                return Refusal.Conflict(RefusalCodes.DecisionVoid,
                    "The renewal review was cancelled before this decision reached the workflow; the decision is void.");
            case CasePhase.UnderReview or CasePhase.AwaitingInformation or CasePhase.RenewalUnderReview when round!.ReviewId == c.ReviewId:
                break;
            default:
                return CaseVerdict.Unchanged;
        }

        if (ReviewGuards.CheckDecision(round, state.PrescriberId, c, state.Terms) is { } refusal)
            return refusal;

        var decision = c.Decision;
        if (decision.Outcome == DecisionOutcome.RequestInformation)
        {
            return CaseVerdict.Accept(new QuestionsAsked(round.ReviewId, c.ReviewerId, decision.Questions!, c.DecidedAt,
                state.Terms.InformationDeadline.EndFrom(c.DecidedAt)));
        }

        if (decision.Outcome == DecisionOutcome.Deny)
        {
            return round.Kind == ReviewKind.Renewal
                ? CaseVerdict.Accept(new RenewalDenied(round.ReviewId, c.ReviewerId, decision.ReasonCode!, decision.Rationale!, state.ValidUntil!.Value,
                    c.DecidedAt))
                : CaseVerdict.Accept(new RequestDenied(round.ReviewId, c.ReviewerId, decision.ReasonCode!, decision.Rationale!, c.DecidedAt));
        }

        var dose = DecisionRules.ApprovedDose(decision, round.DailyDoseMg);
        if (round.Kind == ReviewKind.Renewal)
        {
            // A renewed window starts where the current one ends, so the patient's treatment has no gap.
            var from = state.ValidUntil!.Value;
            var until = ApprovalClocks.WindowEnd(state.Terms, from, c.ValidUntil);
            return CaseVerdict.Accept(new RenewalApproved(round.ReviewId, c.ReviewerId, decision.Outcome, dose, from, until, state.RenewalCycle + 1,
                ApprovalClocks.RemindersFrom(state.Terms, until, 0, now), c.DecidedAt));
        }

        var validUntil = ApprovalClocks.WindowEnd(state.Terms, c.DecidedAt, c.ValidUntil);
        return CaseVerdict.Accept(new RequestApproved(round.ReviewId, c.ReviewerId, decision.Outcome, dose, c.DecidedAt, validUntil,
            c.DecidedAt + state.Terms.Approval.FollowUpInterval, ApprovalClocks.RemindersFrom(state.Terms, validUntil, 0, now), c.DecidedAt));
    }

    static CaseVerdict Opine(CaseState state, GiveOpinion c)
    {
        if (state.Review is not { } round || round.ReviewId != c.ReviewId)
            return Refusal.Conflict(RefusalCodes.ReviewNotOpen, "This review is no longer open; opinions are given while it is open.");
        if (ReviewGuards.CheckOpinion(round, state.PrescriberId, c) is { } refusal)
            return refusal;
        return CaseVerdict.Accept(new OpinionGiven(round.ReviewId, new Opinion(c.SpecialistId, c.Recommendation!.Value, c.SupportedDailyDoseMg), c.At));
    }

    /// <summary>The time spent waiting for the prescriber does not count against the reviewers (unless already overdue).</summary>
    static CaseVerdict Answer(CaseState state, ProvideInformation c)
    {
        if (NotThePrescriber(state, c.PrescriberId) is { } notThePrescriber)
            return notThePrescriber;
        if (state.Phase != CasePhase.AwaitingInformation)
            return OutOfOrder(state, RefusalCodes.NoQuestionOpen, "no question is open");
        var errors = RequiredText(c.Text, "text", "the answer to the reviewer's questions");
        if (!errors.IsEmpty)
            return Refusal.Invalid(errors);

        var round = state.Review!;
        // The due time moves on by the elapsed time the clock stood still, working-day clocks included: the round keeps
        // one due instant, not the rule it came from, and a pause that spans a weekend gives the reviewers that weekend.
        var paused = round.PausedAt is { } pausedAt && !round.Overdue ? c.At - pausedAt : TimeSpan.Zero;
        return CaseVerdict.Accept(new QuestionsAnswered(round.ReviewId, c.Text!, c.At, round.DueAt + paused, round.Paused + paused));
    }

    /// <summary>Only before a decision: once the review is decided (or the request ended), the withdrawal comes too late.</summary>
    static CaseVerdict WithdrawRequest(CaseState state, Withdraw c)
    {
        if (NotThePrescriber(state, c.PrescriberId) is { } notThePrescriber)
            return notThePrescriber;
        if (!state.Phase.IsInitialReview())
            return OutOfOrder(state, RefusalCodes.WithdrawalTooLate, "it can no longer be withdrawn");
        var errors = RequiredText(c.Reason, "reason", "why the request is withdrawn");
        return errors.IsEmpty ? CaseVerdict.Accept(new CaseWithdrawn(c.PrescriberId, c.Reason!, c.At)) : Refusal.Invalid(errors);
    }
}
