using System.Linq;
using FluentAssertions;
using LeadRules.Rules;
using Xunit;

namespace LeadRules.Tests.Rules;

/// <summary>Points, caps, half-lives and cool-downs outside their ranges refuse the rule set, each with its range.</summary>
public class RulePropertyBoundsTests
{
    [Theory]
    [InlineData("\"type\": \"referral\", \"points\": 5, \"halfLifeDays\": 5e-324", "'Properties.halfLifeDays' is 5E-324; it must be at least 0.01 and at most 36500.")]
    [InlineData("\"type\": \"referral\", \"points\": 5, \"halfLifeDays\": 0.009", "'Properties.halfLifeDays' is 0.009; it must be at least 0.01 and at most 36500.")]
    [InlineData("\"type\": \"referral\", \"points\": 5, \"halfLifeDays\": 0", "'Properties.halfLifeDays' is 0; it must be at least 0.01 and at most 36500.")]
    [InlineData("\"type\": \"referral\", \"points\": 5, \"halfLifeDays\": 36501", "'Properties.halfLifeDays' is 36501; it must be at least 0.01 and at most 36500.")]
    [InlineData("\"points\": 5, \"cap\": 0.001", "'Properties.cap' is 0.001; it must be at least 0.01 and at most 1000000.")]
    [InlineData("\"points\": 5, \"cap\": 5e-324", "'Properties.cap' is 5E-324; it must be at least 0.01 and at most 1000000.")]
    [InlineData("\"points\": -1000000.5", "'Properties.points' is -1000000.5; it must be at least -1000000 and at most 1000000.")]
    [InlineData("\"type\": \"referral\", \"pointsEach\": 1e7", "'Properties.pointsEach' is 10000000; it must be at least -1000000 and at most 1000000.")]
    public void Parse_ScoringPropertyOutOfRange_IsRefusedWithItsRange(string properties, string message)
    {
        var json = TestRuleSets.Build(scoring: $$"""{ "RuleName": "referral", "Expression": "lead.Count(\"referral\") > 0", "Properties": { {{properties}} } }""");

        Messages(json).Should().Equal(message);
    }

    [Theory]
    [InlineData("0.001", "'Properties.coolDownDays' is 0.001; it must be 0 (none) or at least 0.01 and at most 36500.")]
    [InlineData("-1", "'Properties.coolDownDays' is -1; it must be 0 (none) or at least 0.01 and at most 36500.")]
    [InlineData("36500.5", "'Properties.coolDownDays' is 36500.5; it must be 0 (none) or at least 0.01 and at most 36500.")]
    public void Parse_CoolDownOutOfRange_IsRefusedWithItsRange(string coolDown, string message)
    {
        var json = TestRuleSets.Build(strategies: StrategyWithCoolDown(coolDown));

        Messages(json).Should().Equal(message);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0.01")]
    [InlineData("36500")]
    public void Parse_CoolDownInRange_Loads(string coolDown)
    {
        var rules = RuleSet.Parse(TestRuleSets.Build(strategies: StrategyWithCoolDown(coolDown)));

        rules.Stamp.Name.Should().Be("test");
    }

    private static string StrategyWithCoolDown(string days) =>
        $$"""{ "RuleName": "digital_ads", "Expression": "true", "Properties": { "stages": [ "cold" ], "owner": "marketing", "channel": "ads", "consent": "none", "coolDownDays": {{days}}, "reason": "Cold lead: ads." } }""";

    private static string[] Messages(string json) =>
        Assert.Throws<RuleSetException>(() => RuleSet.Parse(json)).Problems.Select(p => p.Message).ToArray();
}
