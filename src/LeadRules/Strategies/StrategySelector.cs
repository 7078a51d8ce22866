using System;
using System.Collections.Generic;
using System.Linq;
using LeadRules.Evaluation;
using LeadRules.Leads;
using LeadRules.Rules.Definitions;

namespace LeadRules.Strategies;

/// <summary>
/// Picks the strategies to recommend (the stage matches, the eligibility expression held, consent is not refused,
/// the strategy is outside its cool-down) and ranks them by priority, highest first, ties in rule-file order.
/// </summary>
/// <remarks>
/// Strategies are kept in rank order, so what <see cref="Select"/> marks is already ranked and reading the
/// recommendations later only picks them out.
/// </remarks>
internal sealed class StrategySelector
{
    private static readonly string?[] ConsentChannels = { "email", "phone", "mail" };

    private readonly int[] _rank;
    private readonly StrategyRule[] _rules;
    private readonly Recommendation[] _recommendations;
    private readonly SharedLists<Recommendation> _shared = new();
    private readonly int[] _consent;
    private readonly Dictionary<string, int> _index;

    /// <summary>
    /// With at most 64 strategies: per temperature and per set of refused consents (email 1, phone 2, mail 4), the
    /// ranked strategies that may be recommended, as bits; otherwise <see langword="null"/>.
    /// </summary>
    private readonly ulong[]? _allowed;

    public StrategySelector(IReadOnlyList<StrategyRule> rules)
    {
        _rank = Enumerable.Range(0, rules.Count).OrderByDescending(i => rules[i].Terms.Priority).ThenBy(i => i).ToArray();
        _rules = _rank.Select(i => rules[i]).ToArray();
        _recommendations = _rules.Select(r => new Recommendation(r.Name, r.Terms.Owner, r.Terms.Channel, r.Terms.Priority, r.Terms.Reason)).ToArray();
        _consent = _rules.Select(r => Array.IndexOf(ConsentChannels, r.Terms.Consent)).ToArray();
        _index = Enumerable.Range(0, _rules.Length).ToDictionary(k => _rules[k].Name, StringComparer.Ordinal);
        if (_rules.Length <= 64)
        {
            _allowed = new ulong[3 * 8];
            for (var i = 0; i < _allowed.Length; i++)
            {
                for (var k = 0; k < _rules.Length; k++)
                {
                    _allowed[i] |= _rules[k].Terms.Stages[i >> 3] && !Refused(_consent[k], i & 7) ? 1UL << k : 0;
                }
            }
        }
    }

    /// <summary>
    /// The strategies to recommend, by rank (bit 0 = highest priority), given which eligibility expressions
    /// <paramref name="held"/> (by rule-file order); <paramref name="selected"/> is working space past 64 strategies.
    /// </summary>
    public RuleBits Select(bool[] held, bool[] selected, Temperature temperature, Lead lead, DateTimeOffset asOf)
    {
        if (_allowed is null)
        {
            var refusals = Refusals(lead.Consent);
            for (var k = 0; k < _rules.Length; k++)
            {
                selected[k] = held[_rank[k]] && _rules[k].Terms.Stages[(int)temperature] && !Refused(_consent[k], refusals);
            }

            foreach (var use in lead.HistoryArray)
            {
                if (_index.TryGetValue(use.Strategy, out var k) && selected[k] && Resting(k, use, asOf))
                {
                    selected[k] = false;
                }
            }

            return RuleBits.From(selected, selected.Length);
        }

        ulong bits = 0;
        for (var k = 0; k < _rank.Length; k++)
        {
            bits |= held[_rank[k]] ? 1UL << k : 0;
        }

        bits &= _allowed[((int)temperature << 3) | Refusals(lead.Consent)];

        // One pass over the history: a strategy applied at or before the as-of time, less than its cool-down ago, rests.
        if (bits != 0)
        {
            foreach (var use in lead.HistoryArray)
            {
                if (_index.TryGetValue(use.Strategy, out var k) && (bits & (1UL << k)) != 0 && Resting(k, use, asOf))
                {
                    bits &= ~(1UL << k);
                }
            }
        }

        return RuleBits.Of(bits);
    }

    /// <summary>The recommendations of the strategies <see cref="Select"/> marked, highest priority first.</summary>
    public Recommendation[] Recommendations(RuleBits selected)
    {
        var count = selected.Count;
        if (count == 0)
        {
            return Array.Empty<Recommendation>();
        }

        if (selected.IsSmall && _shared.TryGet(selected.Low, out var shared))
        {
            return shared;
        }

        var ranked = new Recommendation[count];
        for (int k = selected.NextSet(0), n = 0; k >= 0; k = selected.NextSet(k + 1))
        {
            ranked[n++] = _recommendations[k];
        }

        return selected.IsSmall ? _shared.Keep(selected.Low, ranked) : ranked;
    }

    /// <summary>The refused consents, as bits in the order of the consent channels: email 1, phone 2, mail 4.</summary>
    private static int Refusals(Consent consent) =>
        (consent.Email == ConsentState.Denied ? 1 : 0) | (consent.Phone == ConsentState.Denied ? 2 : 0) | (consent.Mail == ConsentState.Denied ? 4 : 0);

    private bool Resting(int k, StrategyUse use, DateTimeOffset asOf) => use.At <= asOf && (asOf - use.At).TotalDays < _rules[k].Terms.CoolDownDays;

    /// <summary>Whether consent on <paramref name="channel"/> (an index of the consent channels, -1 for none) is among <paramref name="refusals"/>.</summary>
    private static bool Refused(int channel, int refusals) => channel >= 0 && (refusals & (1 << channel)) != 0;
}
