namespace LeadRules;

/// <summary>How a <see cref="LeadScorer"/> evaluates rule expressions. Both give the same answers.</summary>
public enum EvaluationEngine
{
    /// <summary>Each workflow compiled to one delegate when the scorer is built: the fast path, and the default.</summary>
    Compiled = 0,

    /// <summary>Microsoft RulesEngine's own <c>ExecuteAllRulesAsync</c> per workflow: the slower reference.</summary>
    Reference = 1,
}
