using System;
using System.Collections.Generic;
using System.Linq;
using LeadRules.Analytics.Backtest;
using LeadRules.Recency;
using LeadRules.Rules;

namespace LeadRules.Tests.Analytics.Report;

/// <summary>Backtest results with realistic figures for the report's tests: 12,000 leads scored by the default rule set, 4.5% converting.</summary>
internal static class BacktestResults
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Negative = ["email_bounced", "unsubscribed", "spam_complaint", "unreachable", "not_interested"];

    /// <summary>The stamp of the repository's <c>rules/default.json</c>.</summary>
    public static RuleSetStamp DefaultStamp { get; } = RuleSet.Load(RepoPaths.Rules("default.json")).Stamp;

    /// <summary>A backtest of the default rule set's scoring rules, two of them flagged and one that never held.</summary>
    public static BacktestResult Realistic() => Realistic(DefaultScoringRules(), DefaultStamp);

    /// <summary>The realistic backtest with other scoring rules, rule set stamp or undated recency counts.</summary>
    public static BacktestResult Realistic(IReadOnlyList<ScoringRuleEvidence> scoringRules, RuleSetStamp stamp, IReadOnlyList<UndatedRecencyCount>? undated = null) =>
        new(stamp, AsOf, failed: 3, Rate(540, 12_000),
            [Segment("cold", 7_200, 108, 12_000), Segment("warm", 3_600, 198, 12_000), Segment("qualified", 1_200, 234, 12_000)],
            [Segment("marketing", 10_800, 306, 12_000), Segment("sales", 1_200, 234, 12_000)],
            new Auc(0.781, 0.762, 0.8),
            new long[] { 180, 110, 75, 55, 40, 28, 20, 15, 10, 7 }
                .Select((hits, i) => new Decile(i + 1, 110 - (i * 11), 120 - (i * 11), Rate(hits, 1_200), hits / 54.0)).ToList(),
            new (long Converted, long NotConverted)[] { (4, 2_100), (9, 2_350), (16, 1_900), (30, 1_500), (45, 1_150), (62, 900), (80, 620), (88, 420), (82, 260), (64, 150), (40, 70), (20, 40) }
                .Select((b, i) => new ScoreBin(i * 10, (i + 1) * 10, b.Converted, b.NotConverted)).ToList(),
            scoringRules,
            [TemperatureRule("qualified_recent_intent", "qualified", 234, 1_200), TemperatureRule("warm_reached_out", "warm", 120, 1_500),
             TemperatureRule("direct_contact", "warm", 50, 1_300), TemperatureRule("warm_by_score", "warm", 28, 800), TemperatureRule(null, "cold", 108, 7_200)],
            [Usage("digital_ads", "marketing", 7_100), Usage("direct_mailer", "marketing", 5_200), Usage("cold_call", "sales", 1_900),
             Usage("personal_follow_up_email", "marketing", 3_300), Usage("seminar_invitation", "marketing", 2_400), Usage("warm_call", "sales", 2_100),
             Usage("one_on_one_call", "sales", 1_150), Usage("proposal", "sales", 640), Usage("retail_interaction", "sales", 0)],
            [new Workload("marketing", 10_800, 18_000), new Workload("sales", 1_200, 5_790)],
            undated ?? [new UndatedRecencyCount("scoring", "pricing_views", 0), new UndatedRecencyCount("temperature", "qualified_recent_intent", 0)],
            conversionRisesWithTemperature: true);

    /// <summary>A backtest over no leads: every rate undefined, every decile empty, no score bins.</summary>
    public static BacktestResult Empty() =>
        new(DefaultStamp, AsOf, failed: 2, Rate(0, 0),
            [Segment("cold", 0, 0, 0), Segment("warm", 0, 0, 0), Segment("qualified", 0, 0, 0)],
            [Segment("marketing", 0, 0, 0), Segment("sales", 0, 0, 0)],
            new Auc(double.NaN, double.NaN, double.NaN),
            Enumerable.Range(1, 10).Select(n => new Decile(n, double.NaN, double.NaN, Rate(0, 0), double.NaN)).ToList(),
            [],
            [ScoringRule("referral", held: 0, hits: 0, flag: "never held")],
            [TemperatureRule(null, "cold", 0, 0)],
            [Usage("digital_ads", "marketing", 0)],
            [new Workload("marketing", 0, 0), new Workload("sales", 0, 0)],
            [],
            conversionRisesWithTemperature: false);

    /// <summary>Evidence for every scoring rule of the default rule set, with lifts from 0.2 to 4.</summary>
    public static IReadOnlyList<ScoringRuleEvidence> DefaultScoringRules() =>
        RuleSet.Load(RepoPaths.Rules("default.json")).Rules.Where(r => r.Workflow == WorkflowNames.Scoring)
            .Select((r, i) => r.Name switch
            {
                "spam_complaint" => ScoringRule(r.Name, 0, 0, "never held"),
                "newsletter_signup" => ScoringRule(r.Name, 1_800, 54, "gives points but converts below the base rate (3.0% against 4.5%)"),
                "unreachable" => ScoringRule(r.Name, 400, 30, "subtracts points but converts above the base rate (7.5% against 4.5%)", givesPoints: false),
                _ when Negative.Contains(r.Name) => ScoringRule(r.Name, 300 + (i * 10), 3 + (i % 4), null, givesPoints: false),
                _ => ScoringRule(r.Name, 2_400 - (i * 60), 110 + ((i * 37) % 150), null),
            }).ToList();

    /// <summary>Evidence for one scoring rule among the 12,000 leads, 540 of them converted.</summary>
    public static ScoringRuleEvidence ScoringRule(string name, long held, long hits, string? flag, bool givesPoints = true) =>
        new(name, givesPoints, Rate(hits, held), Rate(540 - hits, 12_000 - held), held == 0 ? double.NaN : hits / (double)held / 0.045, flag);

    /// <summary>A rate with its 95% Wilson interval, NaN when <paramref name="of"/> is 0.</summary>
    public static Rate Rate(long hits, long of)
    {
        if (of == 0)
        {
            return new Rate(0, 0, double.NaN, double.NaN);
        }

        const double z = 1.96;
        var p = (double)hits / of;
        var denominator = 1 + (z * z / of);
        var center = (p + (z * z / (2 * of))) / denominator;
        var half = z * Math.Sqrt((p * (1 - p) / of) + (z * z / (4.0 * of * of))) / denominator;
        return new Rate(hits, of, Math.Max(0, center - half), Math.Min(1, center + half));
    }

    private static Segment Segment(string name, long leads, long hits, long all) =>
        new(name, leads, all == 0 ? double.NaN : (double)leads / all, Rate(hits, leads), leads == 0 ? double.NaN : hits / (double)leads / 0.045);

    private static TemperatureRuleEvidence TemperatureRule(string? rule, string temperature, long hits, long of) => new(rule, temperature, Rate(hits, of));

    private static StrategyUsage Usage(string strategy, string owner, long recommended) => new(strategy, owner, recommended);
}
