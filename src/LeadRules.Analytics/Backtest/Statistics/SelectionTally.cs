using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LeadRules.Rules;

namespace LeadRules.Analytics.Backtest.Statistics;

/// <summary>
/// Which temperature rule decided each lead and how those leads converted, how often each strategy was recommended,
/// and the recommendations due from each team. Not thread-safe.
/// </summary>
internal sealed class SelectionTally
{
    private readonly RuleInfo[] _temperatureRules;
    private readonly Dictionary<string, int> _temperatureSlots;
    private readonly ConversionTally _decided;
    private readonly RuleInfo[] _strategies;
    private readonly Dictionary<string, int> _strategySlots;
    private readonly long[] _recommended;
    private readonly long[] _due = new long[2];

    public SelectionTally(IReadOnlyList<RuleInfo> rules)
    {
        _temperatureRules = rules.Where(r => r.Workflow == WorkflowNames.Temperature).ToArray();
        _temperatureSlots = Slots(_temperatureRules);
        _decided = new ConversionTally(_temperatureRules.Length + 1);
        _strategies = rules.Where(r => r.Workflow == WorkflowNames.Strategies).ToArray();
        _strategySlots = Slots(_strategies);
        _recommended = new long[_strategies.Length];
    }

    /// <summary>Counts one scored lead: the temperature rule that decided it (null: none held) and its recommendations.</summary>
    public void Add(string? temperatureRule, ImmutableArray<Recommendation> recommendations, bool converted)
    {
        _decided.Add(temperatureRule is null ? _temperatureRules.Length : _temperatureSlots[temperatureRule], converted);
        foreach (var recommendation in recommendations)
        {
            _recommended[_strategySlots[recommendation.Strategy]]++;
            _due[(int)recommendation.Owner]++;
        }
    }

    /// <summary>Every temperature rule in file order, then the leads no rule held for (cold).</summary>
    public IReadOnlyList<TemperatureRuleEvidence> TemperatureRules() => Array.AsReadOnly(_temperatureRules
        .Select((rule, slot) => new TemperatureRuleEvidence(rule.Name, rule.Temperature!.Value.ToName(), _decided.Rate(slot)))
        .Append(new TemperatureRuleEvidence(null, Temperature.Cold.ToName(), _decided.Rate(_temperatureRules.Length)))
        .ToArray());

    /// <summary>Every strategy in file order with how often it was recommended.</summary>
    public IReadOnlyList<StrategyUsage> Strategies() => Array.AsReadOnly(_strategies
        .Select((strategy, slot) => new StrategyUsage(strategy.Name, strategy.Owner!.Value.ToName(), _recommended[slot]))
        .ToArray());

    /// <summary>Per owner (slot order), the leads it owns (from <paramref name="leadsOwned"/>) and the recommendations due from it.</summary>
    public IReadOnlyList<Workload> Workloads(IReadOnlyList<string> owners, Func<int, long> leadsOwned) => Array.AsReadOnly(owners
        .Select((owner, slot) => new Workload(owner, leadsOwned(slot), _due[slot]))
        .ToArray());

    private static Dictionary<string, int> Slots(IEnumerable<RuleInfo> rules) =>
        rules.Select((rule, slot) => (rule.Name, slot)).ToDictionary(e => e.Name, e => e.slot, StringComparer.Ordinal);
}
