using Approvals.Contracts;
using Approvals.Domain.Cases;

namespace Approvals.Domain.Tests.Cases;

/// <summary>
/// The approval rules on a round alone, as the review service runs them, at their boundaries: one opinion short, exactly at the supported dose, just
/// above, and the deciding reviewer's own opinion, which never counts.
/// </summary>
public sealed class OpinionWeighingSpecs
{
    const string Prescriber = "dr-prescriber";
    const string Decider = "dr-decider";

    static Opinion For(string specialist, decimal dose) => new(specialist, OpinionRecommendation.Approve, dose);

    static Opinion Against(string specialist) => new(specialist, OpinionRecommendation.Deny, null);

    static OpinionStanding Collegial(int required, params Opinion[] opinions) =>
        OpinionStanding.Of(new ReviewRequirement(ReviewLevel.Collegial, required), Prescriber, opinions);

    static Refusal? Check(ReviewLevel level, int required, IReadOnlyList<Opinion> opinions, decimal approvedDose, string? waiver)
    {
        var round = new ReviewRound(Guid.NewGuid(), ReviewKind.Initial, new ReviewRequirement(level, required), 250, DateTimeOffset.UnixEpoch,
            DateTimeOffset.UnixEpoch.AddDays(7), ValidityStartsAt: null) { Opinions = opinions };
        return ReviewGuards.CheckApproval(round, Prescriber, Decider, approvedDose, waiver);
    }

    [Fact]
    public void Should_count_distinct_specialists_recommending_approval_other_than_the_prescriber()
    {
        var standing = Collegial(2, For("a", 250), For("a", 240), Against("b"), For(Prescriber, 250));

        Assert.Equal(new OpinionStanding(RecommendingSpecialists: 1, MissingOpinions: 1, SupportedDailyDoseMg: 240), standing);
    }

    [Fact]
    public void Should_need_at_least_one_specialist_for_a_collegial_review_that_names_none()
    {
        Assert.Equal(1, Collegial(0).MissingOpinions);
    }

    [Theory]
    [InlineData(ReviewLevel.Single)]
    [InlineData(ReviewLevel.SingleExpertRecommended)]
    public void Should_miss_no_opinion_where_none_is_mandatory(ReviewLevel level)
    {
        Assert.Equal(0, OpinionStanding.Of(new ReviewRequirement(level, 2), Prescriber, []).MissingOpinions);
    }

    public static TheoryData<int, decimal, string?> Collegial2() => new()
    {
        // opinions given (each supporting 200 mg/day), dose approved → refusal code, or null when allowed
        { 1, 200, RefusalCodes.OpinionsMissing },
        { 2, 200, null },
        { 2, 199.99m, null },
        { 2, 200.01m, RefusalCodes.DoseAboveSupported },
        { 3, 200, null },
    };

    [Theory]
    [MemberData(nameof(Collegial2))]
    public void Should_hold_a_collegial_approval_to_the_opinions(int opinions, decimal approvedDose, string? refusal)
    {
        Opinion[] given = [.. Enumerable.Range(0, opinions).Select(i => For($"specialist-{i}", 200))];

        Assert.Equal(refusal, Check(ReviewLevel.Collegial, 2, given, approvedDose, waiver: null)?.Code);
    }

    [Fact]
    public void Should_answer_missing_opinions_as_a_conflict_and_the_rest_as_a_broken_rule()
    {
        Opinion[] some = [For("a", 200), For("b", 200)];

        Assert.Equal(RefusalKind.Conflict, Check(ReviewLevel.Collegial, 2, [], 200, null)!.Kind);
        Assert.Equal(("approvedDailyDoseMg", RefusalKind.RuleBroken),
            Check(ReviewLevel.Collegial, 2, some, 201, null) is { } r ? (r.Field, r.Kind) : default);
        Assert.Equal(RefusalCodes.WaiverNotApplicable,
            Check(ReviewLevel.Collegial, 2, some, 200, "A waiver of some length.")!.Code);
    }

    public static TheoryData<decimal?, decimal, string?, string?> ExpertRecommended() => new()
    {
        // dose the one specialist supports (null: no opinion), dose approved, waiver → refusal code
        { null, 150, null, RefusalCodes.WaiverRequired },
        { null, 150, "No specialist reachable in time for this patient.", null },
        { 150, 150, null, null },
        { 150, 150.01m, null, RefusalCodes.WaiverRequired },
        { 120, 150, "The specialist's dose would not reach the patient's goal.", null },
    };

    [Theory]
    [MemberData(nameof(ExpertRecommended))]
    public void Should_ask_a_reason_for_an_approval_no_specialist_backs(decimal? supported, decimal approvedDose, string? waiver,
        string? refusal)
    {
        Opinion[] opinions = supported is { } dose ? [For("expert", dose)] : [];

        Assert.Equal(refusal, Check(ReviewLevel.SingleExpertRecommended, 0, opinions, approvedDose, waiver)?.Code);
    }

    [Theory]
    [InlineData(ReviewLevel.Collegial)]
    [InlineData(ReviewLevel.SingleExpertRecommended)]
    [InlineData(ReviewLevel.Single)]
    public void Should_refuse_the_decider_who_gave_an_opinion_at_every_level(ReviewLevel level)
    {
        Opinion[] opinions = [For(Decider, 200), For("other", 200)];

        var refusal = Check(level, 2, opinions, 200, waiver: null);

        Assert.Equal((RefusalKind.Conflict, RefusalCodes.DeciderGaveOpinion), (refusal?.Kind, refusal?.Code));
    }

    [Fact]
    public void Should_let_a_decider_whose_id_only_differs_in_case_decide()
    {
        // Ids are compared exactly, as everywhere else: "DR-DECIDER" is another user.
        Opinion[] opinions = [For(Decider.ToUpperInvariant(), 200), For("other", 200)];

        Assert.Null(Check(ReviewLevel.Collegial, 2, opinions, 200, waiver: null));
    }

    [Fact]
    public void Should_not_count_the_decider_s_opinion_towards_the_quorum_or_the_expert_backing()
    {
        Opinion[] opinions = [For(Decider, 200), For("other", 180)];

        var collegial = OpinionStanding.Of(new ReviewRequirement(ReviewLevel.Collegial, 2), Prescriber, opinions, Decider);
        var expert = OpinionStanding.Of(new ReviewRequirement(ReviewLevel.SingleExpertRecommended, 0), Prescriber, [For(Decider, 200)], Decider);

        Assert.Equal(new OpinionStanding(RecommendingSpecialists: 1, MissingOpinions: 1, SupportedDailyDoseMg: 180), collegial);
        Assert.Equal(new OpinionStanding(0, 0, null), expert);
    }

    [Theory]
    [InlineData(new[] { Decider }, true)]
    [InlineData(new[] { "another-reviewer", Decider }, true)]
    [InlineData(new[] { "another-reviewer" }, false)]
    [InlineData(new string[0], false)]
    public void Should_refuse_an_opinion_from_whoever_acted_as_the_round_s_reviewer(string[] reviewers, bool refused)
    {
        var refusal = ReviewGuards.CheckSpecialist(Decider, reviewers);

        Assert.Equal(refused ? RefusalCodes.OpinionFromReviewer : null, refusal?.Code);
    }
}
