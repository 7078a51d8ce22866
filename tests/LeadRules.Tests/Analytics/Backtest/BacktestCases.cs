using System;
using System.Collections.Generic;
using LeadRules.Analytics.Backtest;
using LeadRules.Leads;
using LeadRules.Rules;
using LeadRules.Tests.Rules;

namespace LeadRules.Tests.Analytics.Backtest;

/// <summary>
/// A small backtest worked out by hand. Six scored leads, three converted (base rate 50%):
/// <list type="table">
/// <item>A, B: referral; warm (warm_referral), score 10, marketing; warm_call (sales) due; not converted.</item>
/// <item>C: unsubscribe; cold (no rule), score -20, marketing; digital_ads (marketing) due; converted.</item>
/// <item>D: nothing; cold (no rule), score 0, marketing; digital_ads due; not converted.</item>
/// <item>E: demo request; qualified (qualified_demo), score 0, sales; one_on_one_call (sales) due; converted.</item>
/// <item>F: demo request and referral; qualified, score 10, sales; one_on_one_call due; converted.</item>
/// </list>
/// So referral gives points but converts 1 of 3 (below the base rate), unsubscribed subtracts points but converts
/// 1 of 1, purchase never holds; conversion is cold 50%, warm 0%, qualified 100% (not rising); the AUC is 2.5 of 9
/// pairs. <see cref="Failing"/> is a seventh lead that cannot be scored (an unknown contact-point type).
/// </summary>
internal static class BacktestCases
{
    public static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly RuleSet Rules = RuleSet.Parse(TestRuleSets.Build(
        scoring: """
            { "RuleName": "referral", "Expression": "lead.Count(\"referral\") > 0", "Properties": { "points": 10 } },
            { "RuleName": "unsubscribed", "Expression": "lead.Count(\"unsubscribe\") > 0", "Properties": { "points": -20 } },
            { "RuleName": "purchase", "Expression": "lead.Count(\"purchase\") > 0", "Properties": { "points": 5 } }
            """,
        temperature: """
            { "RuleName": "qualified_demo", "Expression": "lead.Count(\"demo_request\") > 0", "Properties": { "temperature": "qualified" } },
            { "RuleName": "warm_referral", "Expression": "lead.Count(\"referral\") > 0", "Properties": { "temperature": "warm" } }
            """,
        strategies: """
            { "RuleName": "digital_ads", "Expression": "true", "Properties": { "stages": [ "cold" ], "owner": "marketing", "channel": "ads", "consent": "none", "reason": "Cold: ads." } },
            { "RuleName": "warm_call", "Expression": "true", "Properties": { "stages": [ "warm" ], "owner": "sales", "channel": "phone", "consent": "none", "reason": "Warm: call." } },
            { "RuleName": "one_on_one_call", "Expression": "true", "Properties": { "stages": [ "qualified" ], "owner": "sales", "channel": "phone", "consent": "none", "reason": "Qualified: call." } }
            """));

    public static readonly LeadScorer Scorer = new(Rules);

    public static (Lead Lead, bool Converted) Failing => (Lead("G", "not_a_type"), true);

    /// <summary>The six leads of the summary, with whether each converted.</summary>
    public static IReadOnlyList<(Lead Lead, bool Converted)> Leads(bool risingLabels = false) => new[]
    {
        (Lead("A", "referral"), false),
        (Lead("B", "referral"), risingLabels),
        (Lead("C", "unsubscribe"), !risingLabels),
        (Lead("D"), false),
        (Lead("E", "demo_request"), true),
        (Lead("F", "demo_request", "referral"), true),
    };

    /// <summary>The backtest of <paramref name="leads"/>, added one by one on this thread.</summary>
    public static BacktestResult Accumulate(IEnumerable<(Lead Lead, bool Converted)> leads)
    {
        var accumulator = new BacktestAccumulator(Rules, AsOf);
        foreach (var (lead, converted) in leads)
        {
            accumulator.Add(lead, Scorer.Assess(lead, AsOf), converted);
        }

        return accumulator.ToResult();
    }

    private static Lead Lead(string id, params string[] types) =>
        new(id, Array.ConvertAll(types, t => new ContactPoint(t, AsOf.AddDays(-3))));
}
