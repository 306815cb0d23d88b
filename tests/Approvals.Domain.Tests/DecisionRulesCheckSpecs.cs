using System.Globalization;
using Approvals.Contracts;

namespace Approvals.Domain.Tests;

/// <summary>
/// Each row names the exact set of fields that must be in error (empty: the decision is valid), so a rule that
/// starts reporting an extra or a missing field fails here. The requested dose is always 100 mg/day.
/// </summary>
public sealed class DecisionRulesCheckSpecs
{
    const decimal Requested = 100m;

    [Theory]
    // Approve: at the requested dose, with or without naming it; any other dose is "approve-modified".
    [InlineData(DecisionOutcome.Approve, null, null, null, null, "")]
    [InlineData(DecisionOutcome.Approve, "100", null, null, null, "")]
    [InlineData(DecisionOutcome.Approve, "100.00", null, "fine", null, "")]
    [InlineData(DecisionOutcome.Approve, "80", null, null, null, "approvedDailyDoseMg")]
    [InlineData(DecisionOutcome.Approve, "120", null, null, null, "approvedDailyDoseMg")]
    // Approve-modified: strictly between 0 and the requested dose, with a rationale.
    [InlineData(DecisionOutcome.ApproveModified, "50", null, "renal function", null, "")]
    [InlineData(DecisionOutcome.ApproveModified, "99.99", null, "renal function", null, "")]
    [InlineData(DecisionOutcome.ApproveModified, "0.01", null, "renal function", null, "")]
    [InlineData(DecisionOutcome.ApproveModified, "100", null, "renal function", null, "approvedDailyDoseMg")]
    [InlineData(DecisionOutcome.ApproveModified, "150", null, "renal function", null, "approvedDailyDoseMg")]
    [InlineData(DecisionOutcome.ApproveModified, "0", null, "renal function", null, "approvedDailyDoseMg")]
    [InlineData(DecisionOutcome.ApproveModified, "-10", null, "renal function", null, "approvedDailyDoseMg")]
    [InlineData(DecisionOutcome.ApproveModified, null, null, "renal function", null, "approvedDailyDoseMg")]
    [InlineData(DecisionOutcome.ApproveModified, "50", null, null, null, "rationale")]
    [InlineData(DecisionOutcome.ApproveModified, "50", null, "", null, "rationale")]
    [InlineData(DecisionOutcome.ApproveModified, "50", null, "  \t", null, "rationale")]
    [InlineData(DecisionOutcome.ApproveModified, null, null, null, null, "approvedDailyDoseMg,rationale")]
    [InlineData(DecisionOutcome.ApproveModified, "-1", null, " ", null, "approvedDailyDoseMg,rationale")]
    // Deny: a known reason code (matched exactly) and a rationale.
    [InlineData(DecisionOutcome.Deny, null, DenialReasons.Contraindicated, "QT prolongation", null, "")]
    [InlineData(DecisionOutcome.Deny, null, DenialReasons.Other, "see notes", null, "")]
    [InlineData(DecisionOutcome.Deny, null, null, "QT prolongation", null, "reasonCode")]
    [InlineData(DecisionOutcome.Deny, null, "", "QT prolongation", null, "reasonCode")]
    [InlineData(DecisionOutcome.Deny, null, "   ", "QT prolongation", null, "reasonCode")]
    [InlineData(DecisionOutcome.Deny, null, "TOO_EXPENSIVE", "QT prolongation", null, "reasonCode")]
    [InlineData(DecisionOutcome.Deny, null, "contraindicated", "QT prolongation", null, "reasonCode")]
    [InlineData(DecisionOutcome.Deny, null, DenialReasons.Contraindicated, null, null, "rationale")]
    [InlineData(DecisionOutcome.Deny, null, DenialReasons.Contraindicated, " ", null, "rationale")]
    [InlineData(DecisionOutcome.Deny, null, null, null, null, "reasonCode,rationale")]
    [InlineData(DecisionOutcome.Deny, null, "NOPE", "", null, "reasonCode,rationale")]
    // Request-information: at least one question, none blank.
    [InlineData(DecisionOutcome.RequestInformation, null, null, null, new[] { "Recent ECG?" }, "")]
    [InlineData(DecisionOutcome.RequestInformation, null, null, null, new[] { "Recent ECG?", "eGFR?" }, "")]
    [InlineData(DecisionOutcome.RequestInformation, null, null, null, null, "questions")]
    [InlineData(DecisionOutcome.RequestInformation, null, null, null, new string[0], "questions")]
    [InlineData(DecisionOutcome.RequestInformation, null, null, null, new[] { "" }, "questions")]
    [InlineData(DecisionOutcome.RequestInformation, null, null, null, new[] { "  " }, "questions")]
    [InlineData(DecisionOutcome.RequestInformation, null, null, null, new[] { "Recent ECG?", " " }, "questions")]
    // An outcome the contract does not know.
    [InlineData((DecisionOutcome)99, null, null, null, null, "outcome")]
    public void Check_reports_exactly_the_fields_in_error(
        DecisionOutcome outcome, string? dose, string? reasonCode, string? rationale, string[]? questions, string expectedFields)
    {
        var decision = new ReviewDecision(outcome, ParseDose(dose), reasonCode, rationale, questions);

        var errors = DecisionRules.Check(decision, Requested);

        Assert.Equal(Fields(expectedFields), errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
        Assert.Equal(expectedFields.Length == 0, errors.IsEmpty);
    }

    [Theory]
    [InlineData(DecisionOutcome.Approve, "")]
    [InlineData(DecisionOutcome.ApproveModified, "")]
    [InlineData(DecisionOutcome.Deny, "")]
    [InlineData(DecisionOutcome.RequestInformation, "")]
    public void Check_accepts_a_rationale_of_exactly_the_maximum_length(DecisionOutcome outcome, string expectedFields)
    {
        var errors = DecisionRules.Check(ValidOf(outcome, new string('x', DecisionRules.MaxTextLength)), Requested);

        Assert.Equal(Fields(expectedFields), errors.ToDictionary().Keys);
    }

    [Theory]
    [InlineData(DecisionOutcome.Approve)]
    [InlineData(DecisionOutcome.ApproveModified)]
    [InlineData(DecisionOutcome.Deny)]
    [InlineData(DecisionOutcome.RequestInformation)]
    public void Check_rejects_an_over_long_rationale_whatever_the_outcome(DecisionOutcome outcome)
    {
        var errors = DecisionRules.Check(ValidOf(outcome, new string('x', DecisionRules.MaxTextLength + 1)), Requested);

        Assert.Equal(["rationale"], errors.ToDictionary().Keys);
        Assert.Contains("4000", Assert.Single(errors.ToDictionary()["rationale"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4000, "")]
    [InlineData(4001, "questions")]
    public void Check_limits_each_question_to_the_maximum_length(int length, string expectedFields)
    {
        var decision = new ReviewDecision(DecisionOutcome.RequestInformation, null, null, null, ["short", new string('q', length)]);

        var errors = DecisionRules.Check(decision, Requested);

        Assert.Equal(Fields(expectedFields), errors.ToDictionary().Keys);
    }

    [Fact]
    public void Check_names_the_known_codes_when_a_code_is_unknown()
    {
        var errors = DecisionRules.Check(new ReviewDecision(DecisionOutcome.Deny, null, "NOPE", "why", null), Requested);

        var message = Assert.Single(errors.ToDictionary()["reasonCode"]);
        Assert.All(DenialReasons.All, code => Assert.Contains(code, message, StringComparison.Ordinal));
    }

    /// <summary>A decision that is valid for <paramref name="outcome"/> except, possibly, for its rationale.</summary>
    static ReviewDecision ValidOf(DecisionOutcome outcome, string rationale) => outcome switch
    {
        DecisionOutcome.Approve => new(outcome, null, null, rationale, null),
        DecisionOutcome.ApproveModified => new(outcome, 50m, null, rationale, null),
        DecisionOutcome.Deny => new(outcome, null, DenialReasons.NotEligible, rationale, null),
        _ => new(outcome, null, null, rationale, ["Recent ECG?"]),
    };

    static decimal? ParseDose(string? dose) => dose is null ? null : decimal.Parse(dose, CultureInfo.InvariantCulture);

    static string[] Fields(string expected) =>
        expected.Split(',', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToArray();
}
