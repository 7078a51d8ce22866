using System;

namespace LeadRules.Evaluation;

/// <summary>An expression that compiled failed while it ran for one lead (for example a division by zero).</summary>
internal sealed class RuleFailure : Exception
{
    public RuleFailure(string workflow, string rule, Exception inner)
        : base($"{workflow}/{rule}: the expression failed for this lead ({inner.GetType().Name}); fix the rule or the lead.", inner)
    {
    }

    public RuleFailure(string workflow, string rule, string detail)
        : base($"{workflow}/{rule}: the expression failed for this lead ({detail}); fix the rule or the lead.")
    {
    }
}
