using System.Linq;
using FluentAssertions;
using LeadRules.Rules;
using Xunit;

namespace LeadRules.Tests.Rules;

public class ExpressionLimitsTests
{
    [Fact]
    public void Parse_TwentyThousandNestedParentheses_IsRefusedWithoutParsing()
    {
        var expression = new string('(', 20_000) + "true" + new string(')', 20_000);
        var json = TestRuleSets.Build(temperature: $$"""{ "RuleName": "cold_otherwise", "Expression": "{{expression}}", "Properties": { "temperature": "cold" } }""");

        var act = () => RuleSet.Parse(json);

        act.Should().Throw<RuleSetException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            "rules.json:8:39: temperature/cold_otherwise: Expression is 40,004 characters long; the limit is 4,000. Split it with LocalParams or into several rules.");
    }

    [Fact]
    public void Parse_DeeplyNestedShortExpression_IsRefusedForItsDepth()
    {
        var expression = new string('(', 40) + "true" + new string(')', 40);
        var json = TestRuleSets.Build(temperature: $$"""{ "RuleName": "cold_otherwise", "Expression": "{{expression}}", "Properties": { "temperature": "cold" } }""");

        var act = () => RuleSet.Parse(json);

        act.Should().Throw<RuleSetException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            "rules.json:8:39: temperature/cold_otherwise: Expression nests 40 levels deep; the limit is 32. Name inner parts with LocalParams.");
    }

    [Fact]
    public void Parse_UnaryOperatorChain_CountsAsDepth()
    {
        var json = TestRuleSets.Build(temperature: $$"""{ "RuleName": "cold_otherwise", "Expression": "{{new string('!', 40)}}true", "Properties": { "temperature": "cold" } }""");

        var act = () => RuleSet.Parse(json);

        act.Should().Throw<RuleSetException>().Which.Problems.Single().Message.Should().Be(
            "Expression nests 40 levels deep; the limit is 32. Name inner parts with LocalParams.");
    }

    [Fact]
    public void Parse_NestingWithinTheLimit_Loads()
    {
        var expression = new string('(', 30) + "true" + new string(')', 30);
        var json = TestRuleSets.Build(temperature: $$"""{ "RuleName": "cold_otherwise", "Expression": "{{expression}}", "Properties": { "temperature": "cold" } }""");

        RuleSet.Parse(json).Stamp.Name.Should().Be("test");
    }
}
