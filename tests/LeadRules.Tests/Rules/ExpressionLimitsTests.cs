using System.Linq;
using FluentAssertions;
using LeadRules.Rules;
using LeadRules.Rules.Compiling;
using LeadRules.Tests.Security;
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

    [Theory]
    [InlineData("true", 0)]
    [InlineData("lead.Count(\"a+b, (c).d\") >= 2", 4)]
    [InlineData("1.5 * x - 2", 6)]
    [InlineData("x in (1, 2) and not b OR y.z", 7)]
    [InlineData("iif(b, s[0], 'x') == \"-\"", 6)]
    public void Check_Operators_CountsOneForEachAndThreeForArithmeticOutsideLiterals(string expression, int operators)
    {
        ExpressionLimits.Check(expression, out var counted).Should().BeNull();

        counted.Should().Be(operators);
    }

    [Fact]
    public void Parse_ExpressionsWithExactlyTheOperatorBudget_Load()
    {
        var rules = Enumerable.Range(1, 5).Select(i => CostRuleFiles.Rule($"r{i}", ThousandOperators));

        var (builder, problems) = CostRuleFiles.Load(CostRuleFiles.Scoring([], rules));

        problems.Should().BeEmpty();
        builder.Should().NotBeNull();
    }

    [Fact]
    public void Parse_ExpressionPastTheOperatorBudget_IsRefusedAndLaterOnesAreNotParsed()
    {
        var rules = Enumerable.Range(1, 6).Select(i => CostRuleFiles.Rule($"r{i}", ThousandOperators)).Append(CostRuleFiles.Rule("r7", "lead.Nope()"));

        var problems = CostRuleFiles.Load(CostRuleFiles.Scoring([], rules)).Problems;

        problems.Should().Equal(
            "rules.json:10:48: scoring/r6: Expression takes the rule set past 5,000 operators (1,000 here, 5,000 before it); a rule set may hold that many, so that it loads within a second. "
            + "Split it into smaller rule sets or simplify its expressions; the expressions after this one were not checked.");
    }

    /// <summary>333 additions (3 each) and a comparison: 1,000 operators, a fifth of the budget.</summary>
    private static string ThousandOperators => string.Join("+", Enumerable.Repeat("1", 334)) + " > 0";
}
