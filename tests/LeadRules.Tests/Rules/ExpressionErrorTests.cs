using System.Linq;
using FluentAssertions;
using LeadRules.Rules;
using Xunit;

namespace LeadRules.Tests.Rules;

/// <summary>Expressions that do not compile: where (workflow/rule/nested, character), what was probably meant, one problem per cause.</summary>
public class ExpressionErrorTests
{
    [Fact]
    public void Parse_MisspeltLeadMethod_NamesRuleAndCharacterAndTheMethodMeant()
    {
        var rule = """{ "RuleName": "referral", "Expression": "lead.Cuont(\"referral\") > 0", "Properties": { "points": 10 } }""";

        Problems(TestRuleSets.Build(scoring: rule)).Should().Equal(
            "rules.json:5:33: scoring/referral: Expression does not compile: lead has no method 'Cuont' (at character 6 of \"lead.Cuont(\"referral\") > 0\"); did you mean 'Count'?");
    }

    [Fact]
    public void Parse_MisspeltLeadMethodInNestedRule_NamesThePathToTheNestedRule()
    {
        var rule = """{ "RuleName": "warm", "Operator": "OrElse", "Properties": { "temperature": "warm" }, "Rules": [ """
            + """{ "RuleName": "direct", "Operator": "And", "Rules": [ { "RuleName": "asked", "Expression": "lead.GroupCuont(\"direct\") > 0" } ] } ] },"""
            + "\n      " + TestRuleSets.TemperatureRule;

        Problems(TestRuleSets.Build(temperature: rule)).Should().Equal(
            "rules.json:8:180: temperature/warm/direct/asked: Expression does not compile: lead has no method 'GroupCuont' (at character 6 of \"lead.GroupCuont(\"direct\") > 0\"); did you mean 'GroupCount'?");
    }

    [Fact]
    public void Parse_LeadMethodWithWrongArguments_ShowsItsParameters()
    {
        var rule = """{ "RuleName": "referral", "Expression": "lead.Within(\"referral\")", "Properties": { "points": 10 } }""";

        Problems(TestRuleSets.Build(scoring: rule)).Should().Equal(
            "rules.json:5:33: scoring/referral: Expression does not compile: lead.Within cannot take these arguments (at character 6 of \"lead.Within(\"referral\")\"); it is lead.Within(string type, double days).");
    }

    [Fact]
    public void Parse_MisspeltLocalParam_OneProblemWithTheNameMeant()
    {
        var rule = """{ "RuleName": "referral", "LocalParams": [ { "Name": "referred", "Expression": "lead.Count(\"referral\") > 0" } ], "Expression": "refered && lead.Channels() > 1", "Properties": { "points": 10 } }""";

        Problems(TestRuleSets.Build(scoring: rule)).Should().Equal(
            "rules.json:5:122: scoring/referral: Expression does not compile: 'refered' is not defined (at character 1 of \"refered && lead.Channels() > 1\"); did you mean 'referred'?");
    }

    [Fact]
    public void Parse_ParamThatDoesNotCompile_IsTheOnlyProblemOfTheExpressionsUsingIt()
    {
        var temperature = """{ "RuleName": "warm", "LocalParams": [ { "Name": "asked", "Expression": "direct && lead.Cuont(\"demo_request\") > 0" }, { "Name": "both", "Expression": "asked && direct" } ], """
            + """ "Operator": "Or", "Rules": [ { "RuleName": "a", "Expression": "asked" }, { "RuleName": "b", "Expression": "both || direct" } ], "Properties": { "temperature": "warm" } },"""
            + "\n      " + TestRuleSets.TemperatureRule;
        var json = TestRuleSets.Build(temperature: temperature).Replace(
            """{ "WorkflowName": "temperature",""", """{ "WorkflowName": "temperature", "GlobalParams": [ { "Name": "direct", "Expression": "lead.GroupCount(\"direct\") > 0" } ],""");

        Problems(json).Should().Equal(
            "rules.json:8:65: temperature/warm: LocalParams 'asked' does not compile: lead has no method 'Cuont' (at character 16 of \"direct && lead.Cuont(\"demo_request\") > 0\"); did you mean 'Count'?");
    }

    [Fact]
    public void Parse_GlobalParamThatDoesNotCompile_IsReportedOnce()
    {
        var json = TestRuleSets.Build(temperature: """{ "RuleName": "cold_otherwise", "Expression": "recent || !recent", "Properties": { "temperature": "cold" } }""").Replace(
            """{ "WorkflowName": "temperature",""", """{ "WorkflowName": "temperature", "GlobalParams": [ { "Name": "recent", "Expression": "lead.GroupWithn(\"intent\", 30)" } ],""");

        Problems(json).Should().Equal(
            "rules.json:7:76: temperature: GlobalParams 'recent' does not compile: lead has no method 'GroupWithn' (at character 6 of \"lead.GroupWithn(\"intent\", 30)\"); did you mean 'GroupWithin'?");
    }

    [Theory]
    [InlineData("input1.Count(\\\"referral\\\") > 0", "input1")]
    [InlineData("input2", "input2")]
    [InlineData("inputs.Length > 0", "inputs")]
    [InlineData("utils.CheckExists(lead.Id)", "utils")]
    public void Parse_RulesEngineInputName_SaysTheInputIsLead(string expression, string name)
    {
        var rule = $$"""{ "RuleName": "cold_otherwise", "Expression": "{{expression}}", "Properties": { "temperature": "cold" } }""";

        Problems(TestRuleSets.Build(temperature: rule)).Should().Equal(
            $"rules.json:8:39: temperature/cold_otherwise: Expression does not compile: '{name}' is not defined (at character 1 of \"{expression.Replace("\\\"", "\"")}\"); "
            + $"LeadRules expressions name their input 'lead', not {name} as RulesEngine examples do: the names here are lead, score.");
    }

    [Fact]
    public void Parse_UnknownNameFarFromAny_ListsTheNamesInScope()
    {
        var rule = """{ "RuleName": "digital_ads", "Expression": "stage == \"cold\"", "Properties": { "stages": [ "cold" ], "owner": "marketing", "channel": "ads", "consent": "none", "reason": "Cold lead: ads." } }""";

        Problems(TestRuleSets.Build(strategies: rule)).Should().Equal(
            "rules.json:11:36: strategies/digital_ads: Expression does not compile: 'stage' is not defined (at character 1 of \"stage == \"cold\"\"); the names here are lead, score, temperature.");
    }

    private static string[] Problems(string json)
    {
        var parse = () => RuleSet.Parse(json);
        return parse.Should().Throw<RuleSetException>().Which.Problems.Select(p => p.ToString()).ToArray();
    }
}
