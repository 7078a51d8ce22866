using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using System.Reflection;
using LeadRules.Expressions;
using LeadRules.Rules;

namespace LeadRules.Evaluation;

/// <summary>
/// Rewrites <c>lead.Count("pricing_view")</c> and its kin, where the name is a literal, into calls that take the
/// name's array slot, resolved once when the plan is compiled, so no string is looked up per rule per lead.
/// </summary>
internal sealed class SlotBinder : ExpressionVisitor
{
    private static readonly Dictionary<string, (string Target, bool Group)> Bindable = new()
    {
        [nameof(LeadProfile.Count)] = (nameof(LeadProfile.CountAt), false),
        [nameof(LeadProfile.Within)] = (nameof(LeadProfile.WithinAt), false),
        [nameof(LeadProfile.DaysSince)] = (nameof(LeadProfile.DaysSinceAt), false),
        [nameof(LeadProfile.GroupCount)] = (nameof(LeadProfile.GroupCountAt), true),
        [nameof(LeadProfile.GroupWithin)] = (nameof(LeadProfile.GroupWithinAt), true),
    };

    private readonly Vocabulary _vocabulary;

    public SlotBinder(Vocabulary vocabulary) => _vocabulary = vocabulary;

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (node.Object?.Type == typeof(LeadProfile)
            && Bindable.TryGetValue(node.Method.Name, out var binding)
            && node.Arguments.Count > 0
            && node.Arguments[0] is ConstantExpression { Value: string name })
        {
            var slot = binding.Group ? _vocabulary.GroupIndex(name) : _vocabulary.TypeIndex(name);
            var parameters = Array.ConvertAll(node.Method.GetParameters(), p => p.ParameterType == typeof(string) ? typeof(int) : p.ParameterType);
            var target = typeof(LeadProfile).GetMethod(binding.Target, BindingFlags.Instance | BindingFlags.NonPublic, null, parameters, null)!;
            var arguments = new List<Expression> { Expression.Constant(slot) };
            for (var i = 1; i < node.Arguments.Count; i++)
            {
                arguments.Add(Visit(node.Arguments[i]));
            }

            return Expression.Call(Visit(node.Object), target, arguments);
        }

        return base.VisitMethodCall(node);
    }
}
