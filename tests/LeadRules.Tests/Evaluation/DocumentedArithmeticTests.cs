using System;
using System.Linq;
using FluentAssertions;
using LeadRules.Leads;
using LeadRules.Rules;
using LeadRules.Tests.Rules;
using Xunit;

namespace LeadRules.Tests.Evaluation;

/// <summary>
/// The readings the README states for arithmetic and time: each rule's points are rounded (two decimals, half away
/// from zero) before they are summed; windows include their boundary; a cool-down ends exactly at its boundary.
/// Both engines give the same answer.
/// </summary>
public sealed class DocumentedArithmeticTests
{
    private static readonly DateTimeOffset AsOf = DateTimeOffset.Parse("2026-11-01T00:00:00Z");

    [Theory]
    [InlineData(EvaluationEngine.Compiled)]
    [InlineData(EvaluationEngine.Reference)]
    public void Score_TwoRulesOfAnEighthEach_RoundsEachRuleHalfAwayFromZeroBeforeSumming(EvaluationEngine engine)
    {
        var rules = RuleSet.Parse(TestRuleSets.Build(scoring:
            """
            { "RuleName": "a", "Expression": "true", "Properties": { "points": 0.125 } },
            { "RuleName": "b", "Expression": "true", "Properties": { "points": 0.125 } },
            { "RuleName": "c", "Expression": "true", "Properties": { "points": 0.125 } },
            { "RuleName": "d", "Expression": "true", "Properties": { "points": -0.125 } }
            """));

        var result = new LeadScorer(rules, new LeadScorerOptions { Engine = engine }).Assess(new Lead("L1"), AsOf);

        // Summed first, 0.125 * 3 - 0.125 = 0.25; rounded rule by rule (to even it would be 0.12 each), 0.13 * 3 - 0.13.
        result.Reasons.Select(r => r.Points).Should().Equal(0.13, 0.13, 0.13, -0.13);
        result.Score.Should().Be(0.26);
    }

    [Theory]
    [InlineData(EvaluationEngine.Compiled, 0, true)]
    [InlineData(EvaluationEngine.Compiled, 1, false)]
    [InlineData(EvaluationEngine.Reference, 0, true)]
    [InlineData(EvaluationEngine.Reference, 1, false)]
    public void Within_ContactPointExactlyAtTheWindowsEdge_Counts(EvaluationEngine engine, int secondsPastEdge, bool holds)
    {
        var rules = RuleSet.Parse(TestRuleSets.Build(scoring:
            """{ "RuleName": "recent_referral", "Expression": "lead.Within(\"referral\", 7)", "Properties": { "points": 10 } }"""));
        var lead = new Lead("L1", new[] { new ContactPoint("referral", AsOf.AddDays(-7).AddSeconds(-secondsPastEdge)) });

        var result = new LeadScorer(rules, new LeadScorerOptions { Engine = engine }).Assess(lead, AsOf);

        result.Score.Should().Be(holds ? 10 : 0);
    }

    [Theory]
    [InlineData(EvaluationEngine.Compiled, 0, true)]
    [InlineData(EvaluationEngine.Compiled, 1, false)]
    [InlineData(EvaluationEngine.Reference, 0, true)]
    [InlineData(EvaluationEngine.Reference, 1, false)]
    public void CoolDown_AppliedExactlyCoolDownDaysAgo_IsRecommendedAgain(EvaluationEngine engine, int secondsShort, bool recommended)
    {
        var rules = RuleSet.Parse(TestRuleSets.Build(strategies:
            """{ "RuleName": "digital_ads", "Expression": "true", "Properties": { "stages": [ "cold" ], "owner": "marketing", "channel": "ads", "consent": "none", "coolDownDays": 14, "reason": "Cold lead: ads." } }"""));
        var lead = new Lead("L1", history: new[] { new StrategyUse("digital_ads", AsOf.AddDays(-14).AddSeconds(secondsShort)) });

        var result = new LeadScorer(rules, new LeadScorerOptions { Engine = engine }).Assess(lead, AsOf);

        result.Recommendations.Select(r => r.Strategy).Should().Equal(recommended ? new[] { "digital_ads" } : Array.Empty<string>());
    }
}
