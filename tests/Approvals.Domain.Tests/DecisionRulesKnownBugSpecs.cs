using Approvals.Contracts;

namespace Approvals.Domain.Tests;

/// <summary>
/// A JSON body like <c>{"outcome":"request-information","questions":[null]}</c> deserializes to a list holding null
/// (nullable annotations do not reach collection elements). The emptiness check copes, but the length check on
/// DecisionRules.cs line 52 dereferences each question (<c>q.Length</c>) and throws NullReferenceException: the
/// review API answers 500 instead of a validation problem. Fix: <c>q is { Length: &gt; MaxTextLength }</c>.
/// </summary>
public sealed class DecisionRulesKnownBugSpecs
{
    const string Bug = "Known bug: DecisionRules.Check throws on a null question (DecisionRules.cs:52, q.Length); remove Skip once fixed.";

    [Theory(Skip = Bug)]
    [InlineData(DecisionOutcome.RequestInformation, "questions")]
    [InlineData(DecisionOutcome.Approve, "")]
    public void Check_treats_a_null_question_as_an_empty_one(DecisionOutcome outcome, string expectedFields)
    {
        var decision = new ReviewDecision(outcome, null, null, null, ["Recent ECG?", null!]);

        var errors = DecisionRules.Check(decision, 100m);

        Assert.Equal(expectedFields.Split(',', StringSplitOptions.RemoveEmptyEntries), errors.ToDictionary().Keys);
    }
}
