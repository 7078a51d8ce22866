using System.Collections.Generic;
using System.Linq.Expressions;
using LeadRules.Expressions;
using LeadRules.Rules;
using LeadRules.Rules.Definitions;

namespace LeadRules.Recency;

/// <summary>
/// Finds the calls that ask how recent a contact point is (<c>Within</c>, <c>DaysSince</c>, <c>GroupWithin</c>) in a rule's
/// condition, its local values, and the global values it uses.
/// </summary>
internal sealed class RecencyFinder : ExpressionVisitor
{
    private readonly Vocabulary _vocabulary;
    private readonly Dictionary<ParameterExpression, Asks> _globals = new();
    private Asks _asks = new();

    public RecencyFinder(Vocabulary vocabulary) => _vocabulary = vocabulary;

    public void AddGlobal(ScopedValue global)
    {
        _asks = new Asks();
        Visit(global.Value);
        _globals[global.Variable] = _asks;
    }

    public Asks Find(Condition condition)
    {
        _asks = new Asks();
        Walk(condition);
        return _asks;
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (node.Object?.Type == typeof(LeadProfile) && node.Arguments.Count > 0)
        {
            var literal = (node.Arguments[0] as ConstantExpression)?.Value as string;
            switch (node.Method.Name)
            {
                case nameof(LeadProfile.Within) or nameof(LeadProfile.DaysSince):
                    Note(literal is null ? -1 : _vocabulary.TypeIndex(literal), _asks.Types);
                    break;
                case nameof(LeadProfile.GroupWithin):
                    Note(literal is null ? -1 : _vocabulary.GroupIndex(literal), _asks.Groups);
                    break;
            }
        }

        return base.VisitMethodCall(node);
    }

    protected override Expression VisitParameter(ParameterExpression node)
    {
        if (_globals.TryGetValue(node, out var global))
        {
            _asks.Types.UnionWith(global.Types);
            _asks.Groups.UnionWith(global.Groups);
            _asks.AnyType |= global.AnyType;
        }

        return node;
    }

    private void Note(int index, SortedSet<int> into)
    {
        if (index < 0)
        {
            _asks.AnyType = true;
        }
        else
        {
            into.Add(index);
        }
    }

    private void Walk(Condition condition)
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
            Walk(child);
        }
    }

    /// <summary>What one rule or value asks the age of.</summary>
    internal sealed class Asks
    {
        public SortedSet<int> Types { get; } = new();

        public SortedSet<int> Groups { get; } = new();

        public bool AnyType { get; set; }

        public bool Any => AnyType || Types.Count > 0 || Groups.Count > 0;
    }
}
