namespace Approvals.Domain.Tests;

public sealed class DenialReasonsSpecs
{
    [Theory]
    [InlineData(DenialReasons.NotEligible)]
    [InlineData(DenialReasons.Contraindicated)]
    [InlineData(DenialReasons.InsufficientEvidence)]
    [InlineData(DenialReasons.AlternativeAvailable)]
    [InlineData(DenialReasons.DoseNotJustified)]
    [InlineData(DenialReasons.IncompleteInformation)]
    [InlineData(DenialReasons.AboveProtocolMax)]
    [InlineData(DenialReasons.Other)]
    public void Every_published_code_is_known(string code) => Assert.True(DenialReasons.IsKnown(code));

    // Codes are matched exactly: they are counted and reported, so near-misses must not slip in.
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("not_eligible")]
    [InlineData(" NOT_ELIGIBLE")]
    [InlineData("NOT_ELIGIBLE ")]
    [InlineData("NOT ELIGIBLE")]
    [InlineData("TOO_EXPENSIVE")]
    public void Anything_else_is_unknown(string? code) => Assert.False(DenialReasons.IsKnown(code));

    [Fact]
    public void All_holds_exactly_the_eight_codes() => Assert.Equal(8, DenialReasons.All.Count);
}
