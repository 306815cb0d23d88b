using Approvals.Contracts;
using Approvals.Domain.Cases;
using Approvals.Domain.Protocols;
using static Approvals.Domain.Tests.Cases.CaseHistory;

namespace Approvals.Domain.Tests.Cases;

public sealed class SubmissionSpecs
{
    [Theory]
    [InlineData(100, ReviewLevel.Single, 0)]
    [InlineData(120, ReviewLevel.Single, 0)]
    [InlineData(120.01, ReviewLevel.SingleExpertRecommended, 0)]
    [InlineData(180, ReviewLevel.SingleExpertRecommended, 0)]
    [InlineData(180.5, ReviewLevel.Collegial, 2)]
    [InlineData(300, ReviewLevel.Collegial, 2)]
    public void The_dose_tier_of_the_version_in_force_sets_the_review(decimal dose, ReviewLevel level, int specialists)
    {
        var verdict = new CaseHistory().When(Submission(dose, protocol: Protocols.ProtocolDocuments.V1), T0);

        Then.Types(verdict, typeof(RequestSubmitted), typeof(ReviewOpened));
        var round = ((ReviewOpened)verdict.Events[1]).Round;
        Assert.Equal(new ReviewRequirement(level, specialists), round.Requirement);
        Assert.Equal((InitialReview, ReviewKind.Initial, dose), (round.ReviewId, round.Kind, round.DailyDoseMg));
    }

    [Theory]
    [InlineData(300.01)]
    [InlineData(600)]
    public void A_dose_above_the_cap_is_denied_at_once_by_the_system(decimal dose)
    {
        var history = new CaseHistory();
        var verdict = history.When(Submission(dose, protocol: Protocols.ProtocolDocuments.V1), T0);

        Then.Types(verdict, typeof(RequestSubmitted), typeof(DeniedByProtocol));
        Assert.Equal(DenialReasons.AboveProtocolMax, ((DeniedByProtocol)verdict.Events[1]).ReasonCode);
        var state = CaseDecider.Replay(verdict.Events);
        Assert.Equal((CasePhase.Denied, CaseDecider.SystemActor, (DateTimeOffset?)T0), (state.Phase, state.DecidedBy, state.ClosedAt));
    }

    [Theory]
    [InlineData(Urgency.Standard, 7 * 24)]
    [InlineData(Urgency.Expedited, 72)]
    public void The_review_clock_runs_by_urgency(Urgency urgency, int hours)
    {
        var round = Submitted(urgency: urgency).State.Review!;

        Assert.Equal(T0.AddHours(hours), round.DueAt);
        Assert.Equal(T0.AddHours(hours * 0.8), round.ReminderAt);
    }

    [Fact]
    public void Without_a_protocol_version_the_configured_terms_and_a_single_reviewer_apply()
    {
        var state = Submitted(500, withoutProtocol: true).State;

        Assert.Equal((CasePhase.UnderReview, RequestStatus.UnderReview), (state.Phase, state.Status));
        Assert.Same(CaseTerms.Default, state.Terms);
        Assert.Equal(new ReviewRequirement(ReviewLevel.Single, 0), state.Review!.Requirement);
    }

    [Fact]
    public void The_case_keeps_the_clocks_of_its_version()
    {
        var state = Submitted().State;

        Assert.Equal(("baclofen-aud", 1), (state.ProtocolId, state.ProtocolVersion));
        Assert.Equal(new CalendarTimeAllowed(TimeSpan.FromDays(14)), state.Terms.InformationDeadline);
        Assert.Equal([TimeSpan.FromDays(30), TimeSpan.FromDays(7)], state.Terms.Reminders);
    }

    [Fact]
    public void The_same_submission_delivered_again_changes_nothing() =>
        Then.Unchanged(Submitted().When(Submission(), T0.AddMinutes(1)));

    [Fact]
    public void A_step_before_the_submission_is_refused_and_a_timer_ignored()
    {
        var none = new CaseHistory();

        Then.Refused(none.When(new Withdraw(Prescriber, "Changed my mind.", T0), T0), RefusalCodes.NotSubmitted, RefusalKind.Conflict);
        Then.Unchanged(none.When(new FireTimer(CaseTimer.ReviewDeadline), T0));
    }

    [Fact]
    public void A_dose_that_is_not_positive_is_named() =>
        Assert.True(Then.Refused(new CaseHistory().When(Submission(0), T0), RefusalCodes.Invalid, RefusalKind.Invalid).Errors!.Has("dailyDoseMg"));
}
