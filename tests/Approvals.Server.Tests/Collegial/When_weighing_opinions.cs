using Approvals.Contracts;
using Approvals.Review.Collegial;

namespace Approvals.Server.Tests.Collegial;

/// <summary>
/// The approval rules as pure functions, at their boundaries: one opinion short, exactly at the supported dose, just
/// above, and the deciding reviewer's own opinion, which never counts.
/// </summary>
public sealed class When_weighing_opinions
{
    const string Prescriber = "dr-prescriber";
    const string Decider = "dr-decider";

    static Opinion For(string specialist, decimal dose) => new(specialist, OpinionRecommendation.Approve, dose);

    static Opinion Against(string specialist) => new(specialist, OpinionRecommendation.Deny, null);

    static OpinionStanding Collegial(int required, params Opinion[] opinions) =>
        OpinionStanding.Of(ReviewLevel.Collegial, required, Prescriber, opinions);

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
        Assert.Equal(0, OpinionStanding.Of(level, 2, Prescriber, []).MissingOpinions);
    }

    public static TheoryData<int, decimal, string?> Collegial2() => new()
    {
        // opinions given (each supporting 200 mg/day), dose approved → refusal code, or null when allowed
        { 1, 200, ApprovalGuard.OpinionsMissing },
        { 2, 200, null },
        { 2, 199.99m, null },
        { 2, 200.01m, ApprovalGuard.DoseAboveSupported },
        { 3, 200, null },
    };

    [Theory]
    [MemberData(nameof(Collegial2))]
    public void Should_hold_a_collegial_approval_to_the_opinions(int opinions, decimal approvedDose, string? refusal)
    {
        Opinion[] given = [.. Enumerable.Range(0, opinions).Select(i => For($"specialist-{i}", 200))];

        Assert.Equal(refusal, ApprovalGuard.Check(ReviewLevel.Collegial, 2, Prescriber, Decider, given, approvedDose, waiver: null)?.Code);
    }

    [Fact]
    public void Should_answer_missing_opinions_with_409_and_the_rest_with_422()
    {
        Opinion[] some = [For("a", 200), For("b", 200)];

        Assert.Equal(409, ApprovalGuard.Check(ReviewLevel.Collegial, 2, Prescriber, Decider, [], 200, null)!.Status);
        Assert.Equal(("approvedDailyDoseMg", 422),
            ApprovalGuard.Check(ReviewLevel.Collegial, 2, Prescriber, Decider, some, 201, null) is { } r ? (r.Field, r.Status) : default);
        Assert.Equal(ApprovalGuard.WaiverNotApplicable,
            ApprovalGuard.Check(ReviewLevel.Collegial, 2, Prescriber, Decider, some, 200, "A waiver of some length.")!.Code);
    }

    public static TheoryData<decimal?, decimal, string?, string?> ExpertRecommended() => new()
    {
        // dose the one specialist supports (null: no opinion), dose approved, waiver → refusal code
        { null, 150, null, ApprovalGuard.WaiverRequired },
        { null, 150, "No specialist reachable in time for this patient.", null },
        { 150, 150, null, null },
        { 150, 150.01m, null, ApprovalGuard.WaiverRequired },
        { 120, 150, "The specialist's dose would not reach the patient's goal.", null },
    };

    [Theory]
    [MemberData(nameof(ExpertRecommended))]
    public void Should_ask_a_reason_for_an_approval_no_specialist_backs(decimal? supported, decimal approvedDose, string? waiver,
        string? refusal)
    {
        Opinion[] opinions = supported is { } dose ? [For("expert", dose)] : [];

        Assert.Equal(refusal, ApprovalGuard.Check(ReviewLevel.SingleExpertRecommended, 0, Prescriber, Decider, opinions, approvedDose, waiver)?.Code);
    }

    [Theory]
    [InlineData(ReviewLevel.Collegial)]
    [InlineData(ReviewLevel.SingleExpertRecommended)]
    [InlineData(ReviewLevel.Single)]
    public void Should_refuse_the_decider_who_gave_an_opinion_at_every_level(ReviewLevel level)
    {
        Opinion[] opinions = [For(Decider, 200), For("other", 200)];

        var refusal = ApprovalGuard.Check(level, 2, Prescriber, Decider, opinions, 200, waiver: null);

        Assert.Equal((409, DutySeparation.DeciderGaveOpinion), (refusal?.Status, refusal?.Code));
    }

    [Fact]
    public void Should_let_a_decider_whose_id_only_differs_in_case_decide()
    {
        // Ids are compared exactly, as everywhere else: "DR-DECIDER" is another user.
        Opinion[] opinions = [For(Decider.ToUpperInvariant(), 200), For("other", 200)];

        Assert.Null(ApprovalGuard.Check(ReviewLevel.Collegial, 2, Prescriber, Decider, opinions, 200, waiver: null));
    }

    [Fact]
    public void Should_not_count_the_decider_s_opinion_towards_the_quorum_or_the_expert_backing()
    {
        Opinion[] opinions = [For(Decider, 200), For("other", 180)];

        var collegial = OpinionStanding.Of(ReviewLevel.Collegial, 2, Prescriber, opinions, Decider);
        var expert = OpinionStanding.Of(ReviewLevel.SingleExpertRecommended, 0, Prescriber, [For(Decider, 200)], Decider);

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
        var refusal = DutySeparation.CheckSpecialist(Decider, reviewers);

        Assert.Equal(refused ? DutySeparation.OpinionFromReviewer : null, refusal?.Code);
    }
}
