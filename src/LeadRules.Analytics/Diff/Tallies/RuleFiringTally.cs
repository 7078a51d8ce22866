using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LeadRules.Rules;

namespace LeadRules.Analytics.Diff.Tallies;

/// <summary>
/// Per scoring and temperature rule of either rule set, how many leads it held for under each: a scoring rule when it
/// gave points, a temperature rule when it decided. Not thread-safe.
/// </summary>
internal sealed class RuleFiringTally
{
    private readonly List<(string Workflow, string Rule)> _rules = new();
    private readonly Dictionary<(string, string), int> _slots = new();
    private readonly bool[] _inRules;
    private readonly bool[] _inAgainst;
    private readonly long[] _held;
    private readonly long[] _againstHeld;

    public RuleFiringTally(RuleSet rules, RuleSet against)
    {
        foreach (var rule in rules.Rules.Concat(against.Rules).Where(r => r.Workflow != WorkflowNames.Strategies))
        {
            if (!_slots.ContainsKey((rule.Workflow, rule.Name)))
            {
                _slots.Add((rule.Workflow, rule.Name), _rules.Count);
                _rules.Add((rule.Workflow, rule.Name));
            }
        }

        _inRules = Presence(rules);
        _inAgainst = Presence(against);
        _held = new long[_rules.Count];
        _againstHeld = new long[_rules.Count];
    }

    /// <summary>Counts one lead's reasons and deciding temperature rule under each rule set.</summary>
    public void Add(ImmutableArray<Reason> reasons, string? temperatureRule, ImmutableArray<Reason> againstReasons, string? againstTemperatureRule)
    {
        Count(_held, reasons, temperatureRule);
        Count(_againstHeld, againstReasons, againstTemperatureRule);
    }

    /// <summary>The <paramref name="top"/> rules whose firing differs the most (largest absolute difference first, then in rule-file order), and how many differ at all.</summary>
    public (IReadOnlyList<RuleFiringChange> Top, long Differing) Changes(int top)
    {
        var changes = _rules
            .Select((rule, slot) => new RuleFiringChange(rule.Workflow, rule.Rule, _inRules[slot] ? _held[slot] : null, _inAgainst[slot] ? _againstHeld[slot] : null))
            .Where(c => c.Difference != 0)
            .ToList();
        var ranked = changes.Select((change, order) => (change, order))
            .OrderByDescending(e => Math.Abs(e.change.Difference))
            .ThenBy(e => e.order)
            .Take(top)
            .Select(e => e.change)
            .ToArray();
        return (Array.AsReadOnly(ranked), changes.Count);
    }

    private void Count(long[] held, ImmutableArray<Reason> reasons, string? temperatureRule)
    {
        foreach (var reason in reasons)
        {
            held[_slots[(WorkflowNames.Scoring, reason.Rule)]]++;
        }

        if (temperatureRule is not null)
        {
            held[_slots[(WorkflowNames.Temperature, temperatureRule)]]++;
        }
    }

    private bool[] Presence(RuleSet set)
    {
        var present = new bool[_rules.Count];
        foreach (var rule in set.Rules.Where(r => r.Workflow != WorkflowNames.Strategies))
        {
            present[_slots[(rule.Workflow, rule.Name)]] = true;
        }

        return present;
    }
}
