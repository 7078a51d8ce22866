using System;
using System.Collections.Generic;
using System.Linq.Expressions;

namespace LeadRules.Rules.Definitions;

/// <summary>A named value computed before a condition: a RulesEngine <c>GlobalParams</c> or <c>LocalParams</c> entry, parsed.</summary>
internal sealed record ScopedValue(ParameterExpression Variable, Expression Value);

/// <summary>
/// A rule's parsed condition: a leaf <see cref="Body"/> (a boolean expression tree) or an <c>Operator</c> over
/// child conditions, with the local values computed first. Already checked: it always compiles.
/// </summary>
internal sealed class Condition
{
    public Condition(IReadOnlyList<ScopedValue> locals, Expression body)
    {
        Locals = locals;
        Body = body;
        Children = Array.Empty<Condition>();
    }

    public Condition(IReadOnlyList<ScopedValue> locals, bool all, IReadOnlyList<Condition> children)
    {
        Locals = locals;
        All = all;
        Children = children;
    }

    public IReadOnlyList<ScopedValue> Locals { get; }

    /// <summary>The boolean expression of a leaf, or <see langword="null"/> for an operator over <see cref="Children"/>.</summary>
    public Expression? Body { get; }

    /// <summary>For an operator: <see langword="true"/> when every child must hold (And), <see langword="false"/> when one suffices (Or).</summary>
    public bool All { get; }

    public IReadOnlyList<Condition> Children { get; }

    /// <summary>Whether the condition is the constant <c>true</c>, so rules below it in a first-match workflow are never reached.</summary>
    public bool AlwaysHolds => Locals.Count == 0 && Body is ConstantExpression { Value: true };
}
