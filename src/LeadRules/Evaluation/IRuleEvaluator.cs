using LeadRules.Expressions;

namespace LeadRules.Evaluation;

/// <summary>
/// Evaluates the three workflows' conditions for one lead, writing which enabled rules held, in rule-file order.
/// Throws <see cref="RuleFailure"/> when an expression fails for this lead.
/// </summary>
internal interface IRuleEvaluator
{
    void Scoring(LeadProfile lead, bool[] held);

    void Temperature(LeadProfile lead, double score, bool[] held);

    void Strategies(LeadProfile lead, double score, string temperature, bool[] held);
}
