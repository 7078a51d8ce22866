using System;
using System.Collections.Generic;
using System.Linq;
using LeadRules.Leads;
using LeadRules.Rules.Definitions;

namespace LeadRules.Strategies;

/// <summary>
/// Picks the strategies to recommend: the stage matches, the eligibility expression held, consent is not refused,
/// and the strategy is outside its cool-down; then ranks them by priority, highest first, ties in rule-file order.
/// </summary>
internal static class StrategySelector
{
    public static IReadOnlyList<Recommendation> Select(IReadOnlyList<StrategyRule> rules, bool[] held, Temperature temperature, Lead lead, DateTimeOffset asOf)
    {
        List<(Recommendation Recommendation, int Order)>? chosen = null;
        for (var i = 0; i < rules.Count; i++)
        {
            var terms = rules[i].Terms;
            if (!held[i] || !terms.Stages[(int)temperature] || Refused(terms, lead) || Cooling(rules[i].Name, terms, lead, asOf))
            {
                continue;
            }

            chosen ??= new List<(Recommendation, int)>();
            chosen.Add((new Recommendation(rules[i].Name, terms.Owner, terms.Channel, terms.Priority, terms.Reason), i));
        }

        return chosen is null
            ? Array.Empty<Recommendation>()
            : chosen.OrderByDescending(c => c.Recommendation.Priority).ThenBy(c => c.Order).Select(c => c.Recommendation).ToArray();
    }

    private static bool Refused(StrategyTerms terms, Lead lead) =>
        terms.Consent is not null && lead.Consent.For(terms.Consent) == ConsentState.Denied;

    /// <summary>Applied at or before the as-of time and less than <c>coolDownDays</c> ago.</summary>
    private static bool Cooling(string strategy, StrategyTerms terms, Lead lead, DateTimeOffset asOf)
    {
        if (terms.CoolDownDays <= 0)
        {
            return false;
        }

        foreach (var use in lead.History)
        {
            if (use.Strategy == strategy && use.At <= asOf && (asOf - use.At).TotalDays < terms.CoolDownDays)
            {
                return true;
            }
        }

        return false;
    }
}
