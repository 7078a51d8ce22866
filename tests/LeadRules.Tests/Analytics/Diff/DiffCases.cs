using System;
using System.Collections.Generic;
using LeadRules.Analytics.Diff;
using LeadRules.Leads;
using LeadRules.Rules;
using LeadRules.Tests.Rules;

namespace LeadRules.Tests.Analytics.Diff;

/// <summary>
/// A small diff worked out by hand. <see cref="Against"/> (the rule set in use): referral +10, unsubscribe -20;
/// qualified on a demo request, warm on a referral. <see cref="Rules"/> (the new one): referral +10, website visit +5;
/// qualified on a demo request without an unsubscribe, or on a quote request; warm on a website visit; it also knows
/// the type <c>webinar</c> and recommends <c>seminar_invitation</c> to warm leads. Seven leads, in this order:
/// <list type="table">
/// <item>0 A referral: warm (10) -> cold (10); warm_call -> digital_ads.</item>
/// <item>1 B website visit: cold (0) -> warm (5); digital_ads -> warm_call, seminar_invitation.</item>
/// <item>2 C demo request: qualified -> qualified; one_on_one_call both.</item>
/// <item>3 D nothing: cold -> cold; digital_ads both.</item>
/// <item>4 E demo request, unsubscribe: qualified (-20) -> cold (0), sales -> marketing; one_on_one_call -> digital_ads.</item>
/// <item>5 F referral, website visit: warm (10) -> warm (15); warm_call -> warm_call, seminar_invitation.</item>
/// <item>6 G quote request: cold -> qualified, marketing -> sales; digital_ads -> one_on_one_call.</item>
/// </list>
/// <see cref="Webinar"/> is an eighth lead only the new rule set can score.
/// </summary>
internal static class DiffCases
{
    public static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private const string Strategies = """
        { "RuleName": "digital_ads", "Expression": "true", "Properties": { "stages": [ "cold" ], "owner": "marketing", "channel": "ads", "consent": "none", "reason": "Cold: ads." } },
        { "RuleName": "warm_call", "Expression": "true", "Properties": { "stages": [ "warm" ], "owner": "sales", "channel": "phone", "consent": "none", "reason": "Warm: call." } },
        { "RuleName": "one_on_one_call", "Expression": "true", "Properties": { "stages": [ "qualified" ], "owner": "sales", "channel": "phone", "consent": "none", "reason": "Qualified: call." } }
        """;

    public static readonly RuleSet Against = RuleSet.Parse(TestRuleSets.Build(
        scoring: """
            { "RuleName": "referral", "Expression": "lead.Count(\"referral\") > 0", "Properties": { "points": 10 } },
            { "RuleName": "unsubscribed", "Expression": "lead.Count(\"unsubscribe\") > 0", "Properties": { "points": -20 } }
            """,
        temperature: """
            { "RuleName": "qualified_demo", "Expression": "lead.Count(\"demo_request\") > 0", "Properties": { "temperature": "qualified" } },
            { "RuleName": "warm_referral", "Expression": "lead.Count(\"referral\") > 0", "Properties": { "temperature": "warm" } }
            """,
        strategies: Strategies));

    public static readonly RuleSet Rules = RuleSet.Parse(TestRuleSets.Build(
        header: """ "Vocabulary": { "ContactPointTypes": { "webinar": "direct" } },""",
        scoring: """
            { "RuleName": "referral", "Expression": "lead.Count(\"referral\") > 0", "Properties": { "points": 10 } },
            { "RuleName": "website", "Expression": "lead.Count(\"website_visit\") > 0", "Properties": { "points": 5 } }
            """,
        temperature: """
            { "RuleName": "qualified_demo", "Expression": "lead.Count(\"demo_request\") > 0 && lead.Count(\"unsubscribe\") == 0", "Properties": { "temperature": "qualified" } },
            { "RuleName": "qualified_quote", "Expression": "lead.Count(\"quote_request\") > 0", "Properties": { "temperature": "qualified" } },
            { "RuleName": "warm_web", "Expression": "lead.Count(\"website_visit\") > 0", "Properties": { "temperature": "warm" } }
            """,
        strategies: Strategies + """
            ,
            { "RuleName": "seminar_invitation", "Expression": "true", "Properties": { "stages": [ "warm" ], "owner": "marketing", "channel": "email", "consent": "none", "reason": "Warm: seminar." } }
            """));

    public static readonly LeadScorer Scorer = new(Rules);

    public static readonly LeadScorer AgainstScorer = new(Against);

    public static Lead Webinar => Lead("W", "webinar");

    /// <summary>The seven leads of the summary, in order.</summary>
    public static IReadOnlyList<Lead> Leads() => new[]
    {
        Lead("A", "referral"),
        Lead("B", "website_visit"),
        Lead("C", "demo_request"),
        Lead("D"),
        Lead("E", "demo_request", "unsubscribe"),
        Lead("F", "referral", "website_visit"),
        Lead("G", "quote_request"),
    };

    /// <summary>The diff of <paramref name="leads"/>, added one by one on this thread in the order given, each at its <c>position</c>.</summary>
    public static DiffResult Accumulate(IEnumerable<(long Position, Lead Lead)> leads, DiffOptions? options = null)
    {
        var accumulator = new DiffAccumulator(Rules, Against, AsOf, options);
        foreach (var (position, lead) in leads)
        {
            accumulator.Add(position, lead, Scorer.Assess(lead, AsOf), AgainstScorer.Assess(lead, AsOf));
        }

        return accumulator.ToResult();
    }

    private static Lead Lead(string id, params string[] types) =>
        new(id, Array.ConvertAll(types, t => new ContactPoint(t, AsOf.AddDays(-3))));
}
