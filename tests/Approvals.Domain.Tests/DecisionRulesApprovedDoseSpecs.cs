using System.Globalization;
using Approvals.Contracts;

namespace Approvals.Domain.Tests;

public sealed class DecisionRulesApprovedDoseSpecs
{
    // Only a modified approval changes the dose; every other outcome keeps the requested one, whatever dose it names.
    [Theory]
    [InlineData(DecisionOutcome.Approve, null, "100")]
    [InlineData(DecisionOutcome.Approve, "100", "100")]
    [InlineData(DecisionOutcome.Approve, "80", "100")]
    [InlineData(DecisionOutcome.ApproveModified, "50", "50")]
    [InlineData(DecisionOutcome.ApproveModified, "12.5", "12.5")]
    [InlineData(DecisionOutcome.Deny, null, "100")]
    [InlineData(DecisionOutcome.RequestInformation, null, "100")]
    public void ApprovedDose_is_the_modified_dose_only_for_a_modified_approval(DecisionOutcome outcome, string? dose, string expected)
    {
        var decision = new ReviewDecision(outcome, dose is null ? null : decimal.Parse(dose, CultureInfo.InvariantCulture), null, null, null);

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), DecisionRules.ApprovedDose(decision, 100m));
    }

    [Fact]
    public void ApprovedDose_of_a_modified_approval_without_a_dose_throws()
    {
        // Check rejects this decision first; ApprovedDose relies on that and does not guess a dose.
        var decision = new ReviewDecision(DecisionOutcome.ApproveModified, null, null, "why", null);

        Assert.Throws<InvalidOperationException>(() => DecisionRules.ApprovedDose(decision, 100m));
    }
}
