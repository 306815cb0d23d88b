using System.Linq.Expressions;

namespace Approvals.Domain.Protocols;

/// <summary>
/// Which doses a protocol version's cap tapers: those above it. Written once, as an expression, so the decider weighs
/// an approval with it in memory and the workflow picks the approvals a new cap concerns with the same rule in SQL.
/// </summary>
public static class CapRule
{
    static readonly Expression<Func<decimal?, decimal, bool>> AboveCapRule = (dailyDoseMg, capMg) => dailyDoseMg > capMg;
    static readonly Func<decimal?, decimal, bool> AboveCapCompiled = AboveCapRule.Compile();

    public static bool IsAbove(decimal? dailyDoseMg, decimal capMg) => AboveCapCompiled(dailyDoseMg, capMg);

    /// <summary>The rule as a filter on rows whose dose <paramref name="dailyDoseMg"/> selects, for a query provider to translate.</summary>
    public static Expression<Func<T, bool>> Above<T>(Expression<Func<T, decimal?>> dailyDoseMg, decimal capMg)
    {
        // A captured value, not a constant, so the provider sends the cap as a query parameter.
        Expression<Func<decimal>> cap = () => capMg;
        var body = new Substitution(AboveCapRule.Parameters[0], dailyDoseMg.Body, AboveCapRule.Parameters[1], cap.Body).Visit(AboveCapRule.Body);
        return Expression.Lambda<Func<T, bool>>(body, dailyDoseMg.Parameters);
    }

    /// <summary>Puts the row's dose and the cap where the rule's two parameters stand.</summary>
    sealed class Substitution(ParameterExpression dose, Expression rowDose, ParameterExpression cap, Expression capValue) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == dose ? rowDose : node == cap ? capValue : base.VisitParameter(node);
    }
}
