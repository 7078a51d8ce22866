using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using LeadRules.Leads;
using LeadRules.Rules;
using LeadRules.Rules.Definitions;

namespace LeadRules.Recency;

/// <summary>The rules of a rule set that depend on recency, and the types and groups each one asks the age of.</summary>
internal sealed class RecencyPlan
{
    private const byte Undated = 1;
    private const byte Dated = 2;
    private const int StackLimit = 512;

    private readonly Vocabulary _vocabulary;

    private RecencyPlan(Vocabulary vocabulary, IReadOnlyList<RecencyRule> rules)
    {
        _vocabulary = vocabulary;
        Rules = rules;
    }

    public IReadOnlyList<RecencyRule> Rules { get; }

    public static RecencyPlan Build(
        Vocabulary vocabulary,
        WorkflowDefinition<ScoringRule> scoring,
        WorkflowDefinition<TemperatureRule> temperature,
        WorkflowDefinition<StrategyRule> strategies)
    {
        var rules = new List<RecencyRule>();
        Add(rules, vocabulary, WorkflowNames.Scoring, scoring);
        Add(rules, vocabulary, WorkflowNames.Temperature, temperature);
        Add(rules, vocabulary, WorkflowNames.Strategies, strategies);
        return new RecencyPlan(vocabulary, rules);
    }

    /// <summary>Adds 1 to <paramref name="counts"/>[i] for every rule i that sees the lead's contact points of its types only undated.</summary>
    public void CountUndated(Lead lead, long[] counts)
    {
        if (Rules.Count == 0)
        {
            return;
        }

        var typeCount = _vocabulary.ContactPointTypes.Count;
        var groupCount = _vocabulary.Groups.Count;
        Span<byte> types = typeCount <= StackLimit ? stackalloc byte[typeCount] : new byte[typeCount];
        Span<byte> groups = groupCount <= StackLimit ? stackalloc byte[groupCount] : new byte[groupCount];
        byte all = 0;
        foreach (var point in lead.PointArray)
        {
            var type = _vocabulary.TypeIndex(point.Type);
            if (type < 0 || point.Count == 0)
            {
                continue;
            }

            var seen = point.At is null ? Undated : Dated;
            types[type] |= seen;
            groups[_vocabulary.GroupOfType[type]] |= seen;
            all |= seen;
        }

        if ((all & Undated) == 0)
        {
            return;
        }

        for (var i = 0; i < Rules.Count; i++)
        {
            if (Rules[i].IsBlind(types, groups, all))
            {
                Interlocked.Increment(ref counts[i]);
            }
        }
    }

    private static void Add<TRule>(List<RecencyRule> rules, Vocabulary vocabulary, string workflow, WorkflowDefinition<TRule> definition)
        where TRule : RuleDefinition
    {
        var finder = new RecencyFinder(vocabulary);
        foreach (var global in definition.Globals)
        {
            finder.AddGlobal(global);
        }

        foreach (var rule in definition.Rules)
        {
            var asks = finder.Find(rule.Condition);
            if (asks.Any)
            {
                rules.Add(new RecencyRule(workflow, rule.Name, asks.Types.ToArray(), asks.Groups.ToArray(), asks.AnyType));
            }
        }
    }
}
