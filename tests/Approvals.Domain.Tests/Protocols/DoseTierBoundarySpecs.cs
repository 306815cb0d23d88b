using System.Globalization;
using Approvals.Contracts;
using Approvals.Domain.Protocols;
using static Approvals.Domain.Tests.Protocols.ProtocolDocuments;

namespace Approvals.Domain.Tests.Protocols;

/// <summary>Every tier boundary of both shipped versions, exactly at it and just above it; bounds are inclusive.</summary>
public sealed class DoseTierBoundarySpecs
{
    public static TheoryData<string, string, ReviewLevel?, int> Boundaries => new()
    {
        // Version 1 (2014): one reviewer to 120, an expert opinion recommended to 180, two specialists to 300, then denied.
        { V1File, "0.01", ReviewLevel.Single, 0 },
        { V1File, "60", ReviewLevel.Single, 0 },
        { V1File, "120", ReviewLevel.Single, 0 },
        { V1File, "120.01", ReviewLevel.SingleExpertRecommended, 0 },
        { V1File, "180", ReviewLevel.SingleExpertRecommended, 0 },
        { V1File, "180.01", ReviewLevel.Collegial, 2 },
        { V1File, "300", ReviewLevel.Collegial, 2 },
        { V1File, "300.01", null, 0 },
        { V1File, "301", null, 0 },
        { V1File, "10000", null, 0 },
        // Version 3 (24 July 2017): one reviewer to 80, then denied.
        { V3File, "0.01", ReviewLevel.Single, 0 },
        { V3File, "80", ReviewLevel.Single, 0 },
        { V3File, "80.01", null, 0 },
        { V3File, "81", null, 0 },
        { V3File, "120", null, 0 },
        { V3File, "180.01", null, 0 },
        { V3File, "300", null, 0 },
    };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void The_dose_gets_its_tiers_review_or_an_automatic_denial(string file, string dose, ReviewLevel? review, int specialists)
    {
        var protocol = file == V1File ? V1 : V3;
        var dailyDoseMg = decimal.Parse(dose, CultureInfo.InvariantCulture);

        var ruling = protocol.RuleOnDose(dailyDoseMg);

        if (review is null)
        {
            var denied = Assert.IsType<DoseRuling.Denied>(ruling);
            Assert.Equal(DenialReasons.AboveProtocolMax, denied.ReasonCode);
            Assert.Contains($"{protocol.MaxDailyDoseMg} mg/day", denied.Detail);
            Assert.True(protocol.RequiresTaper(dailyDoseMg));
        }
        else
        {
            var needed = Assert.IsType<DoseRuling.NeedsReview>(ruling);
            Assert.Equal((review, specialists), (needed.Tier.Review, needed.Tier.Specialists));
            Assert.Equal(new ReviewRequirement(review.Value, specialists), needed.Requirement);
            Assert.False(protocol.RequiresTaper(dailyDoseMg));
        }
    }

    [Fact]
    public void The_shipped_versions_read_as_the_issue_states_them()
    {
        Assert.Equal(("baclofen-aud", 1, At("2014-03-17T00:00:00Z"), 300m), (V1.ProtocolId, V1.Version, V1.EffectiveFrom, V1.MaxDailyDoseMg));
        Assert.Equal([120m, 180m, 300m], V1.DoseTiers.Select(t => t.UpToMg));
        Assert.Equal(("baclofen-aud", 3, At("2017-07-24T00:00:00Z"), 80m), (V3.ProtocolId, V3.Version, V3.EffectiveFrom, V3.MaxDailyDoseMg));
        Assert.Equal([new DoseTier(80, ReviewLevel.Single, 0)], V3.DoseTiers);
        Assert.Equal(["alcohol-dependence"], V3.Indications);
        Assert.Equal(new ReviewDeadlines(new CalendarTimeAllowed(TimeSpan.FromDays(7)), new CalendarTimeAllowed(TimeSpan.FromHours(72))), V1.ReviewClocks);
        Assert.Equal(new TaperRule(10, 15, TimeSpan.FromDays(2)), V3.Taper);
        Assert.Equal(new CalendarTimeAllowed(TimeSpan.FromDays(14)), V3.InformationDeadline);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-10")]
    public void A_dose_that_is_not_positive_is_a_programming_error(string dose) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => V1.RuleOnDose(decimal.Parse(dose, CultureInfo.InvariantCulture)));
}
