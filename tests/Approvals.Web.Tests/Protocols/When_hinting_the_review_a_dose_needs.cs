using Approvals.ApiClient;
using Approvals.Web.Components.Protocols;

namespace Approvals.Web.Tests.Protocols;

public sealed class When_hinting_the_review_a_dose_needs
{
    // The demo protocol's shape: single up to 120, expert opinion recommended up to 180, two specialists up to 300 (the cap).
    static readonly ProtocolInForce ThreeTiers = new()
    {
        ProtocolId = "demo", Version = 1, Title = "Demo", Indications = ["alcohol-dependence"], MaxDailyDoseMg = 300,
        DoseTiers =
        [
            new DoseTierView { UpToMg = 180, Review = "single-expert-recommended" },
            new DoseTierView { UpToMg = 120, Review = "single" },
            new DoseTierView { UpToMg = 300, Review = "collegial", Specialists = 2 },
        ],
        FollowUpInterval = "P31D",
    };

    [Theory]
    [InlineData("0.5", DoseNeed.SingleReview, 0, 0)]
    [InlineData("120", DoseNeed.SingleReview, 0, 0)]
    [InlineData("120.01", DoseNeed.ExpertOpinionRecommended, 0, 1)]
    [InlineData("180", DoseNeed.ExpertOpinionRecommended, 0, 1)]
    [InlineData("181", DoseNeed.Collegial, 2, 2)]
    [InlineData("300", DoseNeed.Collegial, 2, 2)]
    public void Should_name_the_tier_a_dose_falls_in_bounds_included(string dose, DoseNeed need, int specialists, int tier)
    {
        var hint = DoseTierHint.For(ThreeTiers, decimal.Parse(dose, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(new DoseHint(need, specialists, tier), hint);
    }

    [Theory]
    [InlineData("300.01")]
    [InlineData("5000")]
    public void Should_say_a_dose_above_the_cap_is_above_the_maximum(string dose)
    {
        var hint = DoseTierHint.For(ThreeTiers, decimal.Parse(dose, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(new DoseHint(DoseNeed.AboveMaximum), hint);
    }

    [Theory]
    [InlineData(null, DoseNeed.Unknown)]
    [InlineData("0", DoseNeed.NotADose)]
    [InlineData("-10", DoseNeed.NotADose)]
    public void Should_not_name_a_tier_without_a_positive_dose(string? dose, DoseNeed need)
    {
        var hint = DoseTierHint.For(ThreeTiers, dose is null ? null : decimal.Parse(dose, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(new DoseHint(need), hint);
    }

    [Theory]
    [InlineData("0.5", 0)]
    [InlineData("120", 0)]
    [InlineData("120.01", 1)]
    [InlineData("300", 2)]
    [InlineData("300.01", 3)]
    [InlineData("5000", 3)]
    [InlineData("0", null)]
    [InlineData(null, null)]
    public void Should_mark_the_row_of_the_dose_in_the_tier_table_the_cap_row_last(string? dose, int? row)
    {
        var marked = DoseTierHint.MarkedRow(ThreeTiers, dose is null ? null : decimal.Parse(dose, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(row, marked);
    }

    [Fact]
    public void Should_list_the_tiers_as_ranges_in_ascending_order()
    {
        var ranges = DoseTierHint.Ranges(ThreeTiers);

        Assert.Equal(
            [
                new TierRange(0, 120, DoseNeed.SingleReview, 0),
                new TierRange(120, 180, DoseNeed.ExpertOpinionRecommended, 0),
                new TierRange(180, 300, DoseNeed.Collegial, 2),
            ],
            ranges);
    }

    [Fact]
    public void Should_refuse_a_review_level_it_does_not_know_rather_than_guess()
    {
        var unknown = ThreeTiers with { DoseTiers = [new DoseTierView { UpToMg = 300, Review = "committee" }] };

        Assert.Throws<ArgumentOutOfRangeException>(() => DoseTierHint.For(unknown, 10));
    }
}
