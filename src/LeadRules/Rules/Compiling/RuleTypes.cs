using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using RulesEngine;
using RulesEngine.HelperFunctions;

namespace LeadRules.Rules.Compiling;

/// <summary>
/// The types a rule expression may name, as RulesEngine's <see cref="CustomTypeProvider"/> gives them (the custom
/// types, <see cref="ExpressionUtils"/> and <see cref="Enumerable"/>, what they derive from and implement, and
/// <see cref="IEnumerable"/>), without the scan its base adds: every type of every loaded assembly, checked for
/// <c>[DynamicLinqType]</c>, which takes about 0.1 s at start-up. A rule may use no such type
/// (<see cref="ExpressionAllowList"/>), so the rule sets that load are the same.
/// </summary>
internal sealed class RuleTypes : CustomTypeProvider
{
    private readonly HashSet<Type> _types;

    public RuleTypes(Type[] customTypes)
        : base(customTypes)
    {
        _types = new HashSet<Type>(customTypes) { typeof(ExpressionUtils), typeof(Enumerable) };
        var pending = new Stack<Type>(_types);
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            foreach (var related in type.GetInterfaces().Append(type.BaseType))
            {
                if (related is not null && _types.Add(related))
                {
                    pending.Push(related);
                }
            }
        }

        _types.Add(typeof(IEnumerable));
    }

    /// <inheritdoc/>
    public override HashSet<Type> GetCustomTypes() => _types;
}
