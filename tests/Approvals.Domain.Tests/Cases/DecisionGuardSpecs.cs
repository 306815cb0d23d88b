using Approvals.Contracts;
using Approvals.Domain.Cases;
using static Approvals.Domain.Tests.Cases.CaseHistory;

namespace Approvals.Domain.Tests.Cases;

/// <summary>What a decision needs under the round's requirement, and who may decide or give an opinion (ADR 0005).</summary>
public sealed class DecisionGuardSpecs
{
    static readonly DateTimeOffset DecidedAt = T0.AddDays(2);
    const string Waiver = "The patient cannot wait for a specialist's opinion.";

    [Fact]
    public void Nobody_decides_their_own_request() =>
        Then.Refused(Submitted().When(Decision(InitialReview, DecisionOutcome.Deny, DecidedAt, reviewerId: Prescriber), DecidedAt),
            RefusalCodes.OwnRequest, RefusalKind.Forbidden);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void A_collegial_approval_waits_for_enough_specialists(int opinions)
    {
        var history = Submitted(250);
        if (opinions > 0)
            history.Opinion(Specialist, 250);

        var refusal = Then.Refused(history.When(Decision(InitialReview, DecisionOutcome.Approve, DecidedAt), DecidedAt),
            RefusalCodes.OpinionsMissing, RefusalKind.Conflict);
        Assert.Contains($"{opinions} recorded, {2 - opinions} missing", refusal.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_collegial_approval_stays_within_the_lowest_supported_dose()
    {
        var history = Submitted(250).Opinion(Specialist, 250).Opinion(SecondSpecialist, 200);

        var refusal = Then.Refused(history.When(Decision(InitialReview, DecisionOutcome.Approve, DecidedAt), DecidedAt),
            RefusalCodes.DoseAboveSupported, RefusalKind.RuleBroken);
        Assert.Equal("approvedDailyDoseMg", refusal.Field);
        var approved = Then.Event<RequestApproved>(history.When(
            Decision(InitialReview, DecisionOutcome.ApproveModified, DecidedAt, approvedDailyDoseMg: 200), DecidedAt));
        Assert.Equal((200m, DecisionOutcome.ApproveModified), (approved.ApprovedDailyDoseMg, approved.Outcome));
    }

    [Fact]
    public void Opinions_recommending_denial_do_not_count_towards_the_quorum()
    {
        var history = Submitted(250).Opinion(Specialist, 250).Opinion(SecondSpecialist, null, recommendation: OpinionRecommendation.Deny);

        Then.Refused(history.When(Decision(InitialReview, DecisionOutcome.Approve, DecidedAt), DecidedAt), RefusalCodes.OpinionsMissing,
            RefusalKind.Conflict);
    }

    [Fact]
    public void A_denial_is_possible_at_any_time() =>
        Then.Event<RequestDenied>(Submitted(250).When(Decision(InitialReview, DecisionOutcome.Deny, DecidedAt), DecidedAt));

    [Theory]
    [InlineData(null, null, RefusalCodes.WaiverRequired)]
    [InlineData(140, null, RefusalCodes.WaiverRequired)]
    [InlineData(150, null, null)]
    [InlineData(null, Waiver, null)]
    public void An_expert_recommended_approval_needs_a_backing_opinion_or_a_waiver(int? supportedDose, string? waiver, string? refusedWith)
    {
        var history = Submitted(150);
        if (supportedDose is { } dose)
            history.Opinion(Specialist, dose);

        var verdict = history.When(Decision(InitialReview, DecisionOutcome.Approve, DecidedAt, waiver: waiver), DecidedAt);

        if (refusedWith is null)
            Then.Event<RequestApproved>(verdict);
        else
            Assert.Equal(ReviewGuards.WaiverField, Then.Refused(verdict, refusedWith, RefusalKind.RuleBroken).Field);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(250)]
    public void A_waiver_is_refused_where_there_is_nothing_to_waive_or_waiving_is_not_allowed(decimal dose)
    {
        var history = Submitted(dose).Opinion(Specialist, dose).Opinion(SecondSpecialist, dose);

        Then.Refused(history.When(Decision(InitialReview, DecisionOutcome.Approve, DecidedAt, waiver: Waiver), DecidedAt),
            RefusalCodes.WaiverNotApplicable, RefusalKind.RuleBroken);
    }

    [Fact]
    public void A_placeholder_waiver_is_an_invalid_field() =>
        Assert.True(Then.Refused(Submitted(150).When(Decision(InitialReview, DecisionOutcome.Approve, DecidedAt, waiver: "n/a"), DecidedAt),
            RefusalCodes.Invalid, RefusalKind.Invalid).Errors!.Has(ReviewGuards.WaiverField));

    [Theory]
    [InlineData(DecisionOutcome.Approve)]
    [InlineData(DecisionOutcome.Deny)]
    [InlineData(DecisionOutcome.RequestInformation)]
    public void Whoever_gave_an_opinion_does_not_decide_the_round(DecisionOutcome outcome)
    {
        var history = Submitted(250).Opinion(Specialist, 250).Opinion(SecondSpecialist, 250);

        var refusal = Then.Refused(history.When(Decision(InitialReview, outcome, DecidedAt, reviewerId: Specialist), DecidedAt),
            RefusalCodes.DeciderGaveOpinion, RefusalKind.Conflict);
        Assert.NotNull(refusal.Title);
    }

    [Fact]
    public void Whoever_asked_the_prescriber_gives_no_opinion_on_the_round()
    {
        var history = Submitted(250).AskedForInformation(T0.AddDays(1)).Answered(T0.AddDays(2));

        Then.Refused(history.When(new GiveOpinion(InitialReview, Reviewer, OpinionRecommendation.Approve, 250, "Mine too.", DecidedAt), DecidedAt),
            RefusalCodes.OpinionFromReviewer, RefusalKind.Conflict);
    }

    [Fact]
    public void A_specialist_counts_once_and_never_on_their_own_request()
    {
        var history = Submitted(250).Opinion(Specialist, 250);

        Then.Refused(history.When(new GiveOpinion(InitialReview, Specialist, OpinionRecommendation.Approve, 200, "Again.", DecidedAt), DecidedAt),
            RefusalCodes.OpinionAlreadyGiven, RefusalKind.Conflict);
        Then.Refused(history.When(new GiveOpinion(InitialReview, Prescriber, OpinionRecommendation.Approve, 250, "Mine.", DecidedAt), DecidedAt),
            RefusalCodes.OwnRequest, RefusalKind.Forbidden);
    }

    [Theory]
    [InlineData(OpinionRecommendation.Approve, null, "supportedDailyDoseMg")]
    [InlineData(OpinionRecommendation.Approve, 251, "supportedDailyDoseMg")]
    [InlineData(OpinionRecommendation.Deny, 100, "supportedDailyDoseMg")]
    public void An_opinion_supports_a_dose_only_when_recommending_approval_and_at_most_the_requested_one(
        OpinionRecommendation recommendation, int? supported, string field) =>
        Assert.True(Then.Refused(Submitted(250).When(new GiveOpinion(InitialReview, Specialist, recommendation, supported, "Reasons.", DecidedAt), DecidedAt),
            RefusalCodes.Invalid, RefusalKind.Invalid).Errors!.Has(field));

    [Fact]
    public void A_decision_body_is_checked_by_the_decision_rules()
    {
        var noReason = new DecideReview(InitialReview, Reviewer, new ReviewDecision(DecisionOutcome.Deny, null, null, "Because.", null), DecidedAt);

        Assert.True(Then.Refused(Submitted().When(noReason, DecidedAt), RefusalCodes.Invalid, RefusalKind.Invalid).Errors!.Has("reasonCode"));
    }

    [Fact]
    public void A_round_awaiting_the_prescriber_is_not_decided() =>
        Then.Refused(Submitted().AskedForInformation(T0.AddDays(1)).When(Decision(InitialReview, DecisionOutcome.Approve, DecidedAt), DecidedAt),
            RefusalCodes.ReviewNotOpen, RefusalKind.Conflict);

    [Fact]
    public void A_decision_of_an_earlier_round_delivered_again_changes_nothing() =>
        Then.Unchanged(Submitted().Approved(DecidedAt).When(Decision(InitialReview, DecisionOutcome.Deny, DecidedAt.AddHours(1)), DecidedAt.AddHours(1)));

    [Fact]
    public void Asking_the_prescriber_stops_the_clock_and_sets_the_answer_deadline()
    {
        var asked = Then.Event<QuestionsAsked>(Submitted().When(Decision(InitialReview, DecisionOutcome.RequestInformation, DecidedAt), DecidedAt));

        Assert.Equal(DecidedAt.AddDays(14), asked.AnswerDueAt);
        var state = CaseDecider.Replay([asked], Submitted().State);
        Assert.Equal((CasePhase.AwaitingInformation, (DateTimeOffset?)DecidedAt, ReviewStatus.AwaitingInformation),
            (state.Phase, state.Review!.PausedAt, state.Review.Status));
        Assert.Equal([Reviewer], state.Review.Reviewers);
    }
}

/// <summary>The case's part of the claim rules: the claim itself is the review service's advisory mark (ADR 0006).</summary>
public sealed class ClaimGuardSpecs
{
    [Theory]
    [InlineData(Prescriber, ReviewStatus.Open, RefusalCodes.OwnRequest)]
    [InlineData(Reviewer, ReviewStatus.Decided, RefusalCodes.ReviewClosed)]
    [InlineData(Reviewer, ReviewStatus.Cancelled, RefusalCodes.ReviewClosed)]
    [InlineData(Specialist, ReviewStatus.Open, RefusalCodes.DeciderGaveOpinion)]
    [InlineData(Reviewer, ReviewStatus.Open, null)]
    [InlineData(Reviewer, ReviewStatus.AwaitingInformation, null)]
    public void A_reviewer_claims_an_open_round_not_on_their_own_request_nor_after_giving_an_opinion(string reviewerId, ReviewStatus status,
        string? refusedWith)
    {
        var round = Submitted(250).Opinion(Specialist, 250).State.Review! with { Status = status };

        Assert.Equal(refusedWith, ReviewGuards.CheckClaim(round, Prescriber, reviewerId)?.Code);
    }
}
