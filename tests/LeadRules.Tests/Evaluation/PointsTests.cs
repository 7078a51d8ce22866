using System;
using System.Linq;
using FluentAssertions;
using LeadRules.Leads;
using LeadRules.Rules;
using Xunit;

namespace LeadRules.Tests.Evaluation;

public class PointsTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Of_PointsRuleHolds_GivesPointsOnce()
    {
        var rules = Rules(Rule("referral", "lead.Count(\"referral\") > 0", "\"points\": 7"));
        var lead = Lead(Dated("referral", 2, count: 3), Dated("referral", 5));

        var assessment = Assess(rules, lead);

        assessment.Score.Should().Be(7);
        Reasons(assessment).Should().Equal("referral:7");
    }

    [Fact]
    public void Of_RuleDoesNotHold_GivesNoReasonAndNoPoints()
    {
        var rules = Rules(Rule("referral", "lead.Count(\"referral\") > 0", "\"points\": 7"));

        var assessment = Assess(rules, Lead(Dated("website_visit", 1)));

        assessment.Score.Should().Be(0);
        assessment.Reasons.Should().BeEmpty();
    }

    [Fact]
    public void Of_PointsWithoutHalfLife_NeverFade()
    {
        var rules = Rules(Rule("referral", "lead.Count(\"referral\") > 0", "\"type\": \"referral\", \"points\": 7"));

        var assessment = Assess(rules, Lead(Dated("referral", 400)));

        Reasons(assessment).Should().Equal("referral:7");
    }

    [Theory]
    [InlineData(new[] { 1 }, 2)]
    [InlineData(new[] { 3 }, 6)]
    [InlineData(new[] { 2, 3 }, 10)]
    [InlineData(new[] { 0, 4 }, 8)]
    public void Of_PointsEach_GivesPointsPerOccurrenceCountingCounts(int[] counts, double expected)
    {
        var rules = Rules(Rule("email_clicks", "lead.Count(\"email_click\") > 0", "\"type\": \"email_click\", \"pointsEach\": 2"));
        var lead = Lead(counts.Select(c => Dated("email_click", 1, count: c)).ToArray());

        var assessment = Assess(rules, lead);

        assessment.Score.Should().Be(expected);
        Reasons(assessment).Should().Equal("email_clicks:" + expected);
    }

    [Theory]
    [InlineData(3, 9)]
    [InlineData(4, 10)]
    [InlineData(50, 10)]
    public void Of_PointsEachWithCap_CapBoundsTheTotal(int count, double expected)
    {
        var rules = Rules(Rule("email_clicks", "lead.Count(\"email_click\") > 0", "\"type\": \"email_click\", \"pointsEach\": 3, \"cap\": 10"));

        var assessment = Assess(rules, Lead(Dated("email_click", 1, count: count)));

        assessment.Score.Should().Be(expected);
    }

    [Theory]
    [InlineData(2, -10)]
    [InlineData(3, -12)]
    [InlineData(9, -12)]
    public void Of_NegativePointsEachWithCap_CapBoundsTheTotalBelowZero(int count, double expected)
    {
        var rules = Rules(Rule("unreachable", "lead.Count(\"unreachable\") > 0", "\"type\": \"unreachable\", \"pointsEach\": -5, \"cap\": 12"));

        var assessment = Assess(rules, Lead(Dated("unreachable", 1, count: count)));

        assessment.Score.Should().Be(expected);
        Reasons(assessment).Should().Equal("unreachable:" + expected);
    }

    [Fact]
    public void Of_NegativePointsWithCap_CapBoundsThePoints()
    {
        var rules = Rules(Rule("not_interested", "lead.Count(\"not_interested\") > 0", "\"points\": -40, \"cap\": 30"));

        var assessment = Assess(rules, Lead(Dated("not_interested", 1)));

        assessment.Score.Should().Be(-30);
    }

    [Theory]
    [InlineData(0, 16)]
    [InlineData(10, 8)]
    [InlineData(20, 4)]
    [InlineData(30, 2)]
    [InlineData(15, 5.66)]
    public void Of_PointsWithHalfLife_HalveEveryHalfLife(double ageDays, double expected)
    {
        var rules = Rules(Rule("referral", "lead.Count(\"referral\") > 0", "\"type\": \"referral\", \"points\": 16, \"halfLifeDays\": 10"));

        var assessment = Assess(rules, Lead(Dated("referral", ageDays)));

        assessment.Score.Should().Be(expected);
        Reasons(assessment).Should().Equal("referral:" + expected.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Of_PointsWithHalfLife_FadeFromTheLatestOccurrence()
    {
        var rules = Rules(Rule("referral", "lead.Count(\"referral\") > 0", "\"type\": \"referral\", \"points\": 16, \"halfLifeDays\": 10"));

        var assessment = Assess(rules, Lead(Dated("referral", 20), Dated("referral", 10), Dated("referral", 30)));

        assessment.Score.Should().Be(8);
    }

    [Theory]
    [InlineData(0, 8)]
    [InlineData(10, 4)]
    [InlineData(20, 2)]
    public void Of_PointsEachWithHalfLife_HalveEveryHalfLife(double ageDays, double expected)
    {
        var rules = Rules(Rule("clicks", "lead.Count(\"email_click\") > 0", "\"type\": \"email_click\", \"pointsEach\": 4, \"halfLifeDays\": 10"));

        var assessment = Assess(rules, Lead(Dated("email_click", ageDays, count: 2)));

        assessment.Score.Should().Be(expected);
    }

    [Fact]
    public void Of_PointsEachWithHalfLife_FadeEachOccurrenceByItsOwnAge()
    {
        var rules = Rules(Rule("clicks", "lead.Count(\"email_click\") > 0", "\"type\": \"email_click\", \"pointsEach\": 8, \"halfLifeDays\": 10"));

        var assessment = Assess(rules, Lead(Dated("email_click", 0), Dated("email_click", 10), Dated("email_click", 20)));

        assessment.Score.Should().Be(14);
    }

    [Theory]
    [InlineData(0, 12)]
    [InlineData(10, 10)]
    public void Of_PointsEachWithHalfLifeAndCap_CapAppliesAfterDecay(double ageDays, double expected)
    {
        var rules = Rules(Rule("cart_adds", "lead.Count(\"cart_add\") > 0", "\"type\": \"cart_add\", \"pointsEach\": 5, \"cap\": 12, \"halfLifeDays\": 10"));

        var assessment = Assess(rules, Lead(Dated("cart_add", ageDays, count: 4)));

        assessment.Score.Should().Be(expected);
    }

    [Fact]
    public void Of_PointsWithHalfLife_OccurrenceWithCountZeroDoesNotRefresh()
    {
        var rules = Rules(Rule("referral", "lead.Count(\"referral\") > 0", "\"type\": \"referral\", \"points\": 16, \"halfLifeDays\": 10"));

        var assessment = Assess(rules, Lead(Dated("referral", 10), Dated("referral", 0, count: 0)));

        assessment.Score.Should().Be(8);
    }

    [Theory]
    [InlineData(EvaluationEngine.Compiled)]
    [InlineData(EvaluationEngine.Reference)]
    public void Of_PointsWithHalfLife_UndatedOccurrenceBesideADatedOneGivesFullPoints(EvaluationEngine engine)
    {
        var rules = Rules(Rule("referral", "lead.Count(\"referral\") > 0", "\"type\": \"referral\", \"points\": 16, \"halfLifeDays\": 10"));

        var undatedOnly = Assess(rules, Lead(new ContactPoint("referral")), engine);
        var undatedAndOld = Assess(rules, Lead(new ContactPoint("referral"), Dated("referral", 10)), engine);

        undatedOnly.Score.Should().Be(16);
        undatedAndOld.Score.Should().Be(16);
        Reasons(undatedAndOld).Should().Equal("referral:16");
    }

    [Fact]
    public void Of_UndatedContactPointWithPoints_CountsWithoutDecay()
    {
        var rules = Rules(Rule("referral", "lead.Count(\"referral\") > 0", "\"type\": \"referral\", \"points\": 16, \"halfLifeDays\": 10"));

        var assessment = Assess(rules, Lead(new ContactPoint("referral")));

        assessment.Score.Should().Be(16);
    }

    [Fact]
    public void Of_UndatedContactPointsWithPointsEach_CountWithoutDecay()
    {
        var rules = Rules(Rule("clicks", "lead.Count(\"email_click\") > 0", "\"type\": \"email_click\", \"pointsEach\": 4, \"halfLifeDays\": 10"));

        var undated = Assess(rules, Lead(new ContactPoint("email_click", null, 3)));
        var mixed = Assess(rules, Lead(new ContactPoint("email_click"), Dated("email_click", 10)));

        undated.Score.Should().Be(12);
        mixed.Score.Should().Be(6);
    }

    [Fact]
    public void Of_NegativeType_Subtracts()
    {
        var rules = Rules(
            Rule("referral", "lead.Count(\"referral\") > 0", "\"type\": \"referral\", \"points\": 15"),
            Rule("unsubscribed", "lead.Count(\"unsubscribe\") > 0", "\"type\": \"unsubscribe\", \"points\": -25"));

        var assessment = Assess(rules, Lead(Dated("referral", 1), Dated("unsubscribe", 1)));

        assessment.Score.Should().Be(-10);
        Reasons(assessment).Should().Equal("referral:15", "unsubscribed:-25");
    }

    [Fact]
    public void Of_NegativeTypeWithHalfLife_FadesTowardsZero()
    {
        var rules = Rules(Rule("not_interested", "lead.Count(\"not_interested\") > 0", "\"type\": \"not_interested\", \"points\": -40, \"halfLifeDays\": 10"));

        var assessment = Assess(rules, Lead(Dated("not_interested", 10)));

        assessment.Score.Should().Be(-20);
    }

    [Theory]
    [InlineData(EvaluationEngine.Compiled)]
    [InlineData(EvaluationEngine.Reference)]
    public void Of_SeveralRulesHold_ReasonsInRuleFileOrderWithRoundedPointsAndScoreIsTheirSum(EvaluationEngine engine)
    {
        var rules = Rules(
            Rule("z_clicks", "lead.Count(\"email_click\") > 0", "\"type\": \"email_click\", \"pointsEach\": 1"),
            Rule("a_referral", "lead.Count(\"referral\") > 0", "\"type\": \"referral\", \"points\": 10, \"halfLifeDays\": 3"),
            Rule("m_not_held", "lead.Count(\"demo_request\") > 0", "\"points\": 50"),
            Rule("b_reviews", "lead.Count(\"review_view\") > 0", "\"type\": \"review_view\", \"pointsEach\": 10, \"halfLifeDays\": 3"),
            Rule("c_mentions", "lead.Count(\"social_mention\") > 0", "\"type\": \"social_mention\", \"points\": 10, \"halfLifeDays\": 3"));
        var lead = Lead(Dated("social_mention", 1), Dated("review_view", 1), Dated("referral", 1), Dated("email_click", 5, count: 2));

        var assessment = Assess(rules, lead, engine);

        Reasons(assessment).Should().Equal("z_clicks:2", "a_referral:7.94", "b_reviews:7.94", "c_mentions:7.94");
        assessment.Score.Should().Be(25.82, "the score is the sum of the rounded reasons, not the rounded sum of unrounded points (25.81)");
        assessment.Score.Should().Be(Math.Round(assessment.Reasons.Sum(r => r.Points), 2));
    }

    [Fact]
    public void Of_ExpressionRuleWithoutType_GivesItsPoints()
    {
        var rules = Rules(Rule("several_channels", "lead.Channels() >= 2", "\"points\": 10"));

        var held = Assess(rules, Lead(Dated("referral", 1), Dated("website_visit", 1)));
        var notHeld = Assess(rules, Lead(Dated("referral", 1), Dated("review_view", 1)));

        Reasons(held).Should().Equal("several_channels:10");
        notHeld.Reasons.Should().BeEmpty();
    }

    [Theory]
    [InlineData(EvaluationEngine.Compiled)]
    [InlineData(EvaluationEngine.Reference)]
    public void Of_MoreThan64RulesHold_ReasonsListEveryOneInRuleFileOrder(EvaluationEngine engine)
    {
        var names = Enumerable.Range(0, 140).Select(i => $"rule_{i:000}").ToArray();
        var rules = Rules(names.Select((name, i) => Rule(name, i % 3 == 2 ? "lead.Count(\"demo_request\") > 0" : "lead.Count(\"referral\") > 0", "\"points\": 1")).ToArray());

        var assessment = Assess(rules, Lead(Dated("referral", 1)), engine);

        assessment.Reasons.Select(r => r.Rule).Should().Equal(names.Where((_, i) => i % 3 != 2));
        assessment.Score.Should().Be(names.Count(n => int.Parse(n[5..], System.Globalization.CultureInfo.InvariantCulture) % 3 != 2));
    }

    private static Assessment Assess(RuleSet rules, Lead lead, EvaluationEngine engine = EvaluationEngine.Compiled)
    {
        var assessment = new LeadScorer(rules, new LeadScorerOptions { Engine = engine }).Assess(lead, AsOf);
        assessment.Error.Should().BeNull();
        return assessment;
    }

    private static string[] Reasons(Assessment assessment) => assessment.Reasons.Select(r => r.ToString()).ToArray();

    private static Lead Lead(params ContactPoint[] points) => new("P1", points);

    private static ContactPoint Dated(string type, double daysAgo, int count = 1) => new(type, AsOf.AddDays(-daysAgo), count);

    private static string Rule(string name, string expression, string properties) =>
        $$"""{ "RuleName": "{{name}}", "Expression": "{{expression.Replace("\"", "\\\"", StringComparison.Ordinal)}}", "Properties": { {{properties}} } }""";

    /// <summary>A rule set shaped like rules/default.json: the given scoring rules, one cold temperature rule, one catalogue strategy.</summary>
    private static RuleSet Rules(params string[] scoringRules) => RuleSet.Parse(
        $$"""
        {
          "Name": "points-test",
          "Version": "1.0.0",
          "Workflows": [
            { "WorkflowName": "scoring", "Rules": [ {{string.Join(",\n", scoringRules)}} ] },
            {
              "WorkflowName": "temperature",
              "Rules": [ { "RuleName": "cold_otherwise", "Expression": "true", "Properties": { "temperature": "cold" } } ]
            },
            {
              "WorkflowName": "strategies",
              "Rules": [
                {
                  "RuleName": "digital_ads",
                  "Expression": "true",
                  "Properties": {
                    "stages": [ "cold" ], "owner": "marketing", "channel": "ads", "consent": "none",
                    "priority": 20, "coolDownDays": 14, "reason": "Cold lead: digital ads build awareness."
                  }
                }
              ]
            }
          ]
        }
        """,
        "points-test.json");
}
