using System.Collections.Generic;
using System.Linq.Expressions;
using LeadRules.Rules.Reading;

namespace LeadRules.Rules.Definitions;

/// <summary>A checked workflow: its inputs, global values and enabled rules in file order.</summary>
internal sealed class WorkflowDefinition<TRule>
    where TRule : RuleDefinition
{
    public WorkflowDefinition(WorkflowSpec spec, IReadOnlyList<ParameterExpression> inputs, IReadOnlyList<ScopedValue> globals, IReadOnlyList<TRule> rules)
    {
        Spec = spec;
        Inputs = inputs;
        Globals = globals;
        Rules = rules;
    }

    /// <summary>The workflow as written, for the reference evaluator.</summary>
    public WorkflowSpec Spec { get; }

    /// <summary>The input parameters its expressions see: <c>lead</c>, then <c>score</c> and <c>temperature</c> where the role has them.</summary>
    public IReadOnlyList<ParameterExpression> Inputs { get; }

    public IReadOnlyList<ScopedValue> Globals { get; }

    public IReadOnlyList<TRule> Rules { get; }
}
