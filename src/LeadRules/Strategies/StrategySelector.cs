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

    private readonly IReadOnlyList<StrategyRule> _rules;
    private readonly Recommendation[] _recommendations;
    private readonly int[] _rank;
    private readonly int[] _consent;

    public StrategySelector(IReadOnlyList<StrategyRule> rules)
    {
        _rules = rules;
        _recommendations = rules.Select(r => new Recommendation(r.Name, r.Terms.Owner, r.Terms.Channel, r.Terms.Priority, r.Terms.Reason)).ToArray();
        _rank = Enumerable.Range(0, rules.Count).OrderByDescending(i => rules[i].Terms.Priority).ThenBy(i => i).ToArray();
        _consent = rules.Select(r => Array.IndexOf(ConsentChannels, r.Terms.Consent)).ToArray();
    }

    /// <summary>Marks in <paramref name="selected"/> the strategies to recommend, given which eligibility expressions <paramref name="held"/>.</summary>
    public void Select(bool[] held, bool[] selected, Temperature temperature, Lead lead, DateTimeOffset asOf)
    {
        for (var i = 0; i < _rules.Count; i++)
        {
            var terms = _rules[i].Terms;
            selected[i] = held[i] && terms.Stages[(int)temperature] && !Refused(_consent[i], lead.Consent) && !Cooling(_rules[i].Name, terms, lead, asOf);
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

    /// <summary>Applied at or before the as-of time and less than <c>coolDownDays</c> ago.</summary>
    private static bool Cooling(string strategy, StrategyTerms terms, Lead lead, DateTimeOffset asOf)
    {
        if (terms.CoolDownDays <= 0)
        {
            return false;
        }

        var history = lead.History;
        for (var i = 0; i < history.Count; i++)
        {
            var use = history[i];
            if (use.Strategy == strategy && use.At <= asOf && (asOf - use.At).TotalDays < terms.CoolDownDays)
            {
                return true;
            }
        }

        return false;
    }
}
