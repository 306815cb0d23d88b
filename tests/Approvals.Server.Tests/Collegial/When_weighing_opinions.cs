using Approvals.Contracts;
using Approvals.Review.Collegial;

namespace Approvals.Server.Tests.Collegial;

/// <summary>The approval rules as pure functions, at their boundaries: one opinion short, exactly at the supported dose, just above.</summary>
public sealed class When_weighing_opinions
{
    const string Prescriber = "dr-prescriber";

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
        var standing = Collegial(2, [.. Enumerable.Range(0, opinions).Select(i => For($"specialist-{i}", 200))]);

        Assert.Equal(refusal, ApprovalGuard.Check(ReviewLevel.Collegial, 2, standing, approvedDose, waiver: null)?.Code);
    }

    [Fact]
    public void Should_answer_missing_opinions_with_409_and_the_rest_with_422()
    {
        var none = Collegial(2);
        var some = Collegial(2, For("a", 200), For("b", 200));

        Assert.Equal(409, ApprovalGuard.Check(ReviewLevel.Collegial, 2, none, 200, null)!.Status);
        Assert.Equal(("approvedDailyDoseMg", 422), ApprovalGuard.Check(ReviewLevel.Collegial, 2, some, 201, null) is { } r ? (r.Field, r.Status) : default);
        Assert.Equal(ApprovalGuard.WaiverNotApplicable, ApprovalGuard.Check(ReviewLevel.Collegial, 2, some, 200, "A waiver of some length.")!.Code);
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
        var standing = OpinionStanding.Of(ReviewLevel.SingleExpertRecommended, 0, Prescriber, opinions);

        Assert.Equal(refusal, ApprovalGuard.Check(ReviewLevel.SingleExpertRecommended, 0, standing, approvedDose, waiver)?.Code);
    }
}
