using System;
using System.Linq;
using FluentAssertions;
using LeadRules.Leads;
using LeadRules.Rules;
using LeadRules.Tests.Rules;
using Xunit;

namespace LeadRules.Tests.Security;

/// <summary>
/// RulesEngine's caches misbehave when input types share a name, when workflows are injected, and when an injected
/// workflow changes. LeadRules gives each rule set its own engine, refuses injection, and reloads by replacing the
/// whole scorer; these tests hold it to that.
/// </summary>
public class RulesEngineCacheTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Lead Referred = new("R1", new[] { new ContactPoint("referral"), new ContactPoint("pricing_view") });

    [Fact]
    public void Reference_TwoRuleSetsWithTheSameWorkflowAndRuleNames_DoNotShareCompiledRules()
    {
        var referral = Scorer("""lead.Count(\"referral\") > 0""");
        var demo = Scorer("""lead.Count(\"demo_request\") > 0""");

        for (var i = 0; i < 3; i++)
        {
            referral.Assess(Referred, AsOf).Score.Should().Be(10);
            demo.Assess(Referred, AsOf).Score.Should().Be(0);
        }
    }

    [Theory]
    [InlineData("""{ "WorkflowName": "scoring", "WorkflowsToInject": [ "temperature" ], "Rules": [""", "'WorkflowsToInject' is not supported: each LeadRules workflow runs on its own; copy the rules of the injected workflows into 'Rules' and remove 'WorkflowsToInject' or set it to null.")]
    [InlineData("""{ "WorkflowName": "scoring", "Rules": [ { "RuleName": "x", "WorkflowsToInject": [ "temperature" ], "Operator": "And", "Rules": [ { "RuleName": "y", "Expression": "true" } ], "Properties": { "points": 1 } },""", "'WorkflowsToInject' is not supported: each LeadRules workflow runs on its own; copy the rules of the injected workflows into 'Rules' and remove 'WorkflowsToInject' or set it to null.")]
    public void Parse_WorkflowsToInject_IsRefused(string workflowStart, string message)
    {
        var json = TestRuleSets.Build().Replace("""{ "WorkflowName": "scoring", "Rules": [""", workflowStart, StringComparison.Ordinal);

        Assert.Throws<RuleSetException>(() => RuleSet.Parse(json)).Problems.Select(p => p.Message).Should().Contain(message);
    }

    private static LeadScorer Scorer(string expression) => new(
        RuleSet.Parse(TestRuleSets.Build(scoring: $$"""{ "RuleName": "referral", "Expression": "{{expression}}", "Properties": { "points": 10 } }""")),
        new LeadScorerOptions { Engine = EvaluationEngine.Reference });
}
