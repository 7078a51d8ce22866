using System.Collections.Generic;
using System.Linq.Expressions;
using LeadRules.Expressions;
using LeadRules.Leads;
using LeadRules.Rules.Definitions;

namespace LeadRules.Rules.Compiling;

/// <summary>
/// Collects the attribute names a rule set reads with a literal name (<c>lead.Number("employees")</c>,
/// <c>lead.Text("region")</c>, <c>lead.Has("vip")</c>), so that a lead's near misses can be warned about.
/// </summary>
internal sealed class AttributeReadFinder : ExpressionVisitor
{
    private readonly Dictionary<string, AttributeRead> _reads = new(System.StringComparer.Ordinal);

    /// <summary>Adds the reads of a workflow's global values and of every rule's condition.</summary>
    public void Add<TRule>(WorkflowDefinition<TRule>? workflow)
        where TRule : RuleDefinition
    {
        if (workflow is null)
        {
            return;
        }

        foreach (var global in workflow.Globals)
        {
            Visit(global.Value);
        }

        foreach (var rule in workflow.Rules)
        {
            Add(rule.Condition);
        }
    }

    public AttributeReads ToReads() => new(_reads.Values);

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (node.Object?.Type == typeof(LeadProfile) && node.Arguments.Count == 1 && node.Arguments[0] is ConstantExpression { Value: string name })
        {
            var kind = node.Method.Name switch
            {
                nameof(LeadProfile.Number) => AttributeReadKind.Number,
                nameof(LeadProfile.Text) => AttributeReadKind.Text,
                nameof(LeadProfile.Has) => AttributeReadKind.Presence,
                _ => (AttributeReadKind?)null,
            };
            if (kind is { } read)
            {
                _reads[name] = _reads.TryGetValue(name, out var known) ? known with { Kinds = known.Kinds | read } : new AttributeRead(name, read);
            }
        }

        return base.VisitMethodCall(node);
    }

    private void Add(Condition condition)
    {
        foreach (var local in condition.Locals)
        {
            Visit(local.Value);
        }

        if (condition.Body is not null)
        {
            Visit(condition.Body);
        }

        foreach (var child in condition.Children)
        {
            Add(child);
        }
    }
}
