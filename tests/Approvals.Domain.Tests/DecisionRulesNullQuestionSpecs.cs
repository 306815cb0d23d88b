using Approvals.Contracts;

namespace Approvals.Domain.Tests;

/// <summary>
/// A JSON body like <c>{"outcome":"request-information","questions":[null]}</c> deserializes to a list holding null
/// (nullable annotations do not reach collection elements): the rules must answer with a validation problem, not throw.
/// </summary>
public sealed class DecisionRulesNullQuestionSpecs
{
    [Theory]
    [InlineData(DecisionOutcome.RequestInformation, "questions")]
    [InlineData(DecisionOutcome.Approve, "")]
    public void Check_treats_a_null_question_as_an_empty_one(DecisionOutcome outcome, string expectedFields)
    {
        var decision = new ReviewDecision(outcome, null, null, null, ["Recent ECG?", null!]);

        var errors = DecisionRules.Check(decision, 100m);

        Assert.Equal(expectedFields.Split(',', StringSplitOptions.RemoveEmptyEntries), errors.ToDictionary().Keys);
    }
}
