using Approvals.Contracts;
using Approvals.Domain.Cases;
using static Approvals.Domain.Tests.Cases.CaseHistory;

namespace Approvals.Domain.Tests.Cases;

/// <summary>
/// The workflow judges steps another service already took at its door: a submission intake ruled on under a version the
/// workflow does not hold, a decision the review service checked and signed, a follow-up intake stored. The case then
/// judges where it stands, not the body again.
/// </summary>
public sealed class RecordedStepSpecs
{
    static SubmitRequest Ruled(ReviewRequirement? requirement, AutomaticDenial? denial = null) =>
        new(Prescriber, 200, Urgency.Standard, T0, InitialReview, Protocol: null, CaseTerms.Default,
            new ProtocolRuling("baclofen-aud", 3, requirement, denial));

    [Fact]
    public void A_submission_intake_ruled_on_takes_its_review_and_its_protocol_version()
    {
        var verdict = new CaseHistory().When(Ruled(new ReviewRequirement(ReviewLevel.Collegial, 2)), T0);

        Then.Types(verdict, typeof(RequestSubmitted), typeof(ReviewOpened));
        Assert.Equal(new ReviewRequirement(ReviewLevel.Collegial, 2), ((ReviewOpened)verdict.Events[1]).Round.Requirement);
        var state = CaseDecider.Replay(verdict.Events);
        Assert.Equal(("baclofen-aud", 3), (state.ProtocolId, state.ProtocolVersion));
    }

    [Fact]
    public void A_submission_intake_denied_is_denied_by_the_protocol_with_intake_s_reason()
    {
        var verdict = new CaseHistory().When(Ruled(null, new AutomaticDenial(DenialReasons.AboveProtocolMax, "Above 300 mg/day.")), T0);

        Then.Types(verdict, typeof(RequestSubmitted), typeof(DeniedByProtocol));
        var denied = (DeniedByProtocol)verdict.Events[1];
        Assert.Equal((DenialReasons.AboveProtocolMax, "Above 300 mg/day."), (denied.ReasonCode, denied.Detail));
    }

    [Fact]
    public void A_renewal_without_a_protocol_version_takes_the_requirement_intake_ruled()
    {
        var decidedAt = T0.AddHours(3);
        var at = decidedAt.AddDays(150);
        var history = Submitted().Approved(decidedAt).FollowUp(Day(at), at);
        var renewal = Renewal(at) with { Protocol = null, Requirement = new ReviewRequirement(ReviewLevel.SingleExpertRecommended, 0) };

        var opened = Then.Event<ReviewOpened>(history.When(renewal, at));

        Assert.Equal(new ReviewRequirement(ReviewLevel.SingleExpertRecommended, 0), opened.Round.Requirement);
    }

    [Fact]
    public void A_recorded_decision_is_not_judged_on_its_body_again()
    {
        var at = T0.AddHours(3);
        var decision = Decision(InitialReview, DecisionOutcome.Deny, at) with
        {
            Decision = new ReviewDecision(DecisionOutcome.Deny, null, "A_CODE_OF_ANOTHER_RELEASE", "Reasons.", null),
        };

        Then.Refused(Submitted().When(decision, at), RefusalCodes.Invalid, RefusalKind.Invalid);
        Then.Event<RequestDenied>(Submitted().When(decision with { Recorded = true }, at));
    }

    [Fact]
    public void A_recorded_window_beyond_the_maximum_gives_way_to_the_default_validity()
    {
        var at = T0.AddHours(3);
        var decision = Decision(InitialReview, DecisionOutcome.Approve, at, validUntil: at.AddDays(400)) with { Recorded = true };

        var approved = Then.Event<RequestApproved>(Submitted().When(decision, at));

        Assert.Equal(at + CaseTerms.Default.Approval.DefaultValidity, approved.ValidUntil);
    }

    [Fact]
    public void A_recorded_question_on_a_renewal_is_still_refused_by_the_round()
    {
        var decidedAt = T0.AddHours(3);
        var at = decidedAt.AddDays(150);
        var history = Submitted().Approved(decidedAt).FollowUp(Day(at), at).RenewalRequested(at);

        var verdict = history.When(Decision(RenewalReview, DecisionOutcome.RequestInformation, at) with { Recorded = true }, at);

        Assert.True(Then.Refused(verdict, RefusalCodes.Invalid, RefusalKind.Invalid).Errors!.Has("outcome"));
    }

    [Fact]
    public void A_recorded_follow_up_dated_after_the_case_s_clock_is_recorded()
    {
        var decidedAt = T0.AddHours(3);
        // Two days on: not yet today anywhere (noon UTC is already tomorrow in UTC+14).
        var report = new ReportFollowUp(Guid.NewGuid(), Prescriber, Day(decidedAt).AddDays(2), null, decidedAt);

        Then.Refused(Submitted().Approved(decidedAt).When(report, decidedAt), RefusalCodes.Invalid, RefusalKind.Invalid);
        var recorded = Then.Event<FollowUpRecorded>(Submitted().Approved(decidedAt).When(report with { Recorded = true }, decidedAt));
        Assert.Null(recorded.DailyDoseMg);
    }
}
