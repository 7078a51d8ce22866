using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LeadRules.Rules;

namespace LeadRules.Analytics.Diff.Tallies;

/// <summary>Per strategy of either rule set: how many leads each set recommends it for, and for how many only one does. Not thread-safe.</summary>
internal sealed class StrategyTally
{
    private readonly List<(string Strategy, string Owner)> _strategies = new();
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly long[] _recommended;
    private readonly long[] _againstRecommended;
    private readonly long[] _gained;
    private readonly long[] _lost;

    public StrategyTally(RuleSet rules, RuleSet against)
    {
        foreach (var rule in rules.Rules.Concat(against.Rules).Where(r => r.Workflow == WorkflowNames.Strategies))
        {
            if (!_slots.ContainsKey(rule.Name))
            {
                _slots.Add(rule.Name, _strategies.Count);
                _strategies.Add((rule.Name, rule.Owner!.Value.ToName()));
            }
        }

        _recommended = new long[_strategies.Count];
        _againstRecommended = new long[_strategies.Count];
        _gained = new long[_strategies.Count];
        _lost = new long[_strategies.Count];
    }

    /// <summary>Counts one lead's recommendations under each rule set.</summary>
    public void Add(ImmutableArray<Recommendation> recommendations, ImmutableArray<Recommendation> againstRecommendations)
    {
        foreach (var r in recommendations)
        {
            var slot = _slots[r.Strategy];
            _recommended[slot]++;
            _gained[slot] += Has(againstRecommendations, r.Strategy) ? 0 : 1;
        }

        foreach (var r in againstRecommendations)
        {
            var slot = _slots[r.Strategy];
            _againstRecommended[slot]++;
            _lost[slot] += Has(recommendations, r.Strategy) ? 0 : 1;
        }
    }

    /// <summary>Every strategy: the new rule set's in file order, then those only the other set has.</summary>
    public IReadOnlyList<StrategyChange> Changes() => Array.AsReadOnly(_strategies
        .Select((s, slot) => new StrategyChange(s.Strategy, s.Owner, _recommended[slot], _againstRecommended[slot], _gained[slot], _lost[slot]))
        .ToArray());

    private static bool Has(ImmutableArray<Recommendation> recommendations, string strategy)
    {
        for (var i = 0; i < recommendations.Length; i++)
        {
            if (string.Equals(recommendations[i].Strategy, strategy, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
