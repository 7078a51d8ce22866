using System;
using System.Collections.Generic;
using System.Linq;
using LeadRules.Leads;
using LeadRules.Rules.Definitions;

namespace LeadRules.Strategies;

/// <summary>
/// Picks the strategies to recommend (the stage matches, the eligibility expression held, consent is not refused,
/// the strategy is outside its cool-down) and ranks them by priority, highest first, ties in rule-file order.
/// </summary>
internal sealed class StrategySelector
{
    private static readonly string?[] ConsentChannels = { "email", "phone", "mail" };

    private readonly StrategyRule[] _rules;
    private readonly Recommendation[] _recommendations;
    private readonly int[] _rank;
    private readonly int[] _consent;
    private readonly Dictionary<string, int> _index;

    public StrategySelector(IReadOnlyList<StrategyRule> rules)
    {
        _rules = rules.ToArray();
        _recommendations = rules.Select(r => new Recommendation(r.Name, r.Terms.Owner, r.Terms.Channel, r.Terms.Priority, r.Terms.Reason)).ToArray();
        _rank = Enumerable.Range(0, rules.Count).OrderByDescending(i => rules[i].Terms.Priority).ThenBy(i => i).ToArray();
        _consent = rules.Select(r => Array.IndexOf(ConsentChannels, r.Terms.Consent)).ToArray();
        _index = Enumerable.Range(0, _rules.Length).ToDictionary(i => _rules[i].Name, StringComparer.Ordinal);
    }

    /// <summary>Marks in <paramref name="selected"/> the strategies to recommend, given which eligibility expressions <paramref name="held"/>.</summary>
    public void Select(bool[] held, bool[] selected, Temperature temperature, Lead lead, DateTimeOffset asOf)
    {
        for (var i = 0; i < _rules.Length; i++)
        {
            selected[i] = held[i] && _rules[i].Terms.Stages[(int)temperature] && !Refused(_consent[i], lead.Consent);
        }

        // One pass over the history: a strategy applied at or before the as-of time, less than its cool-down ago, rests.
        foreach (var use in lead.HistoryArray)
        {
            if (_index.TryGetValue(use.Strategy, out var i) && selected[i] && use.At <= asOf && (asOf - use.At).TotalDays < _rules[i].Terms.CoolDownDays)
            {
                selected[i] = false;
            }
        }
    }

    /// <summary>The recommendations for the selected strategies, in rank order.</summary>
    public IReadOnlyList<Recommendation> Ranked(Func<int, bool> isSelected)
    {
        List<Recommendation>? ranked = null;
        foreach (var i in _rank)
        {
            if (isSelected(i))
            {
                (ranked ??= new List<Recommendation>()).Add(_recommendations[i]);
            }
        }

        return ranked is null ? Array.Empty<Recommendation>() : ranked.ToArray();
    }

    private static bool Refused(int channel, Consent consent) => channel switch
    {
        0 => consent.Email == ConsentState.Denied,
        1 => consent.Phone == ConsentState.Denied,
        2 => consent.Mail == ConsentState.Denied,
        _ => false,
    };
}
