using System.Linq;
using FluentAssertions;
using LeadRules.Rules;
using Xunit;

namespace LeadRules.Tests.Rules;

/// <summary>The fields RulesEngine writes that LeadRules does not use, and nested-rule operators as RulesEngine runs them.</summary>
public class RulesEngineFieldsTests
{
    private const string Nested =
        """{ "RuleName": "referral", "Operator": "{0}", "Rules": [ { "RuleName": "a", "Expression": "lead.Count(\"referral\") > 0" }, { "RuleName": "b", "Expression": "true" } ], "Properties": { "points": 10 } }""";

    [Theory]
    [InlineData("""{ "RuleName": "referral", "Expression": "true", "Properties": { "points": 10 }, "Operator": null, "Rules": null, "LocalParams": null, "ErrorMessage": null, "SuccessEvent": null, "Actions": null, "WorkflowsToInject": null, "RuleExpressionType": 0, "Enabled": true }""")]
    [InlineData("""{ "RuleName": "referral", "Expression": "true", "Properties": { "points": 10 }, "RuleExpressionType": "LambdaExpression", "ErrorType": "Error", "ErrorMessage": "", "SuccessEvent": "10", "WorkflowsToInject": [], "Actions": { "OnSuccess": null, "OnFailure": null } }""")]
    [InlineData("""{ "RuleName": "referral", "Expression": "true", "Properties": { "points": 10 }, "ErrorType": 0, "Enabled": null }""")]
    public void Parse_RulesEngineFieldsWithTheirDefaults_AreAccepted(string rule)
    {
        RuleSet.Parse(TestRuleSets.Build(scoring: rule)).Rules.Should().Contain(r => r.Name == "referral");
    }

    [Fact]
    public void Parse_WorkflowFieldsWithTheirDefaults_AreAccepted()
    {
        var json = TestRuleSets.Build().Replace("""{ "WorkflowName": "scoring",""", """{ "WorkflowName": "scoring", "WorkflowsToInject": null, "RuleExpressionType": 0, "GlobalParams": null,""");

        RuleSet.Parse(json).Rules.Should().Contain(r => r.Name == "referral");
    }

    [Theory]
    [InlineData(""" "WorkflowsToInject": ["other"] """,
        "rules.json:5:87: scoring/referral: 'WorkflowsToInject' is not supported: each LeadRules workflow runs on its own; copy the rules of the injected workflows into 'Rules' and remove 'WorkflowsToInject' or set it to null.")]
    [InlineData(""" "Actions": { "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": "1" } } } """,
        "rules.json:5:87: scoring/referral: 'Actions' are not supported: what a rule does is set by its 'Properties' (points, temperature, strategy); remove 'Actions' or set it to null.")]
    [InlineData(""" "RuleExpressionType": 1 """,
        "rules.json:5:87: scoring/referral: 'RuleExpressionType' can only be LambdaExpression (0), not the number 1.")]
    [InlineData(""" "RuleExpressionType": "Lambda" """,
        "rules.json:5:87: scoring/referral: 'RuleExpressionType' can only be LambdaExpression (0), not the string \"Lambda\".")]
    [InlineData(""" "ErrorType": "Fatal" """,
        "rules.json:5:87: scoring/referral: 'ErrorType' must be Warning or Error (0 or 1), not the string \"Fatal\"; it is accepted and ignored, so it may also be removed.")]
    public void Parse_RulesEngineFieldLeadRulesCannotHonour_IsRefusedWithTheReason(string field, string expected)
    {
        var json = TestRuleSets.Build(scoring: """{ "RuleName": "referral", "Expression": "true", "Properties": { "points": 10 },""" + field + "}");

        Problems(json).Should().Equal(expected);
    }

    [Theory]
    [InlineData("And")]
    [InlineData("AndAlso")]
    [InlineData("Or")]
    [InlineData("OrElse")]
    public void Parse_OperatorAsRulesEngineRunsIt_Loads(string op)
    {
        RuleSet.Parse(TestRuleSets.Build(scoring: Nested.Replace("{0}", op))).Rules.Should().Contain(r => r.Name == "referral");
    }

    [Theory]
    [InlineData("and", "'Operator' must be written 'And', not 'and': RulesEngine reads operator names case-sensitively and would fail the rule.")]
    [InlineData("AND", "'Operator' must be written 'And', not 'AND': RulesEngine reads operator names case-sensitively and would fail the rule.")]
    [InlineData("orElse", "'Operator' must be written 'OrElse', not 'orElse': RulesEngine reads operator names case-sensitively and would fail the rule.")]
    [InlineData("&&", "'Operator' must be a name, not the symbol '&&': write 'AndAlso'.")]
    [InlineData("||", "'Operator' must be a name, not the symbol '||': write 'OrElse'.")]
    [InlineData("Xor", "'Operator' must be one of And, AndAlso, Or, OrElse, not 'Xor'.")]
    public void Parse_OperatorRulesEngineWouldNotRun_IsRefusedWithTheSpelling(string op, string expected)
    {
        Problems(TestRuleSets.Build(scoring: Nested.Replace("{0}", op))).Should().Equal("rules.json:5:33: scoring/referral: " + expected);
    }

    [Theory]
    [InlineData("lead.Count(\\\"referral\\\") > 0 and lead.Channels() >= 1")]
    [InlineData("lead.Count(\\\"referral\\\") > 0 && lead.Channels() >= 1")]
    [InlineData("lead.Count(\\\"referral\\\") > 0 or lead.Channels() >= 1")]
    [InlineData("lead.Count(\\\"referral\\\") > 0 || lead.Channels() >= 1")]
    [InlineData("lead.Count(\\\"referral\\\") > 0 AndAlso lead.Channels() >= 1")]
    [InlineData("lead.Count(\\\"referral\\\") > 0 OrElse lead.Channels() >= 1")]
    [InlineData("not (lead.Count(\\\"referral\\\") > 0)")]
    public void Parse_OperatorsInExpressions_Load(string expression)
    {
        var rule = $$"""{ "RuleName": "referral", "Expression": "{{expression}}", "Properties": { "points": 10 } }""";

        RuleSet.Parse(TestRuleSets.Build(scoring: rule)).Rules.Should().Contain(r => r.Name == "referral");
    }

    [Theory]
    [InlineData("AND", "'and' or '&&'")]
    [InlineData("Or", "'or' or '||'")]
    public void Parse_OperatorInAnotherCaseInExpression_SaysHowToWriteIt(string op, string write)
    {
        var rule = $$"""{ "RuleName": "referral", "Expression": "lead.Has(\"x\") {{op}} lead.Channels() >= 1", "Properties": { "points": 10 } }""";

        Problems(TestRuleSets.Build(scoring: rule)).Should().Equal(
            $"rules.json:5:33: scoring/referral: Expression does not compile: '{op}' is not an operator in expressions (at character 15 of \"lead.Has(\"x\") {op} lead.Channels() >= 1\"); "
            + $"write {write}: the operators are and, or, not (lower case) or &&, ||, !.");
    }

    private static string[] Problems(string json)
    {
        var parse = () => RuleSet.Parse(json);
        return parse.Should().Throw<RuleSetException>().Which.Problems.Select(p => p.ToString()).ToArray();
    }
}
