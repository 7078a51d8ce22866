namespace LeadRules;

/// <summary>How a <see cref="LeadScorer"/> evaluates leads.</summary>
public sealed class LeadScorerOptions
{
    /// <summary>The evaluation engine.</summary>
    /// <value>Defaults to <see cref="EvaluationEngine.Compiled"/>.</value>
    public EvaluationEngine Engine { get; set; } = EvaluationEngine.Compiled;

    /// <summary>What to do with contact points whose type is not in the rule set's vocabulary.</summary>
    /// <value>Defaults to <see cref="UnknownTypePolicy.Error"/>: the lead gets an error.</value>
    public UnknownTypePolicy UnknownTypes { get; set; } = UnknownTypePolicy.Error;
}
