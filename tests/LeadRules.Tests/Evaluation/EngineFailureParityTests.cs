using System;
using FluentAssertions;
using LeadRules.Leads;
using LeadRules.Rules;
using LeadRules.Tests.Rules;
using Xunit;

namespace LeadRules.Tests.Evaluation;

/// <summary>When an expression fails for a lead, both engines say the same thing, to the byte.</summary>
public class EngineFailureParityTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Lead NoReferral = new("N1", new[] { new ContactPoint("website_visit") });

    public static TheoryData<string, string, string> Failures() => new()
    {
        {
            "a nested rule that fails counts as false",
            """{ "RuleName": "a", "Operator": "Or", "Properties": { "points": 1 }, "Rules": [ { "RuleName": "x", "Expression": "1 / lead.Count(\"referral\") > 0" }, { "RuleName": "y", "Expression": "true" } ] }""",
            "cold 1 a:1"
        },
        {
            "a top-level rule that fails is the lead's error",
            """{ "RuleName": "a", "Expression": "1 / lead.Count(\"referral\") > 0", "Properties": { "points": 1 } }""",
            "error: scoring/a: the expression failed for this lead (Attempted to divide by zero.); fix the rule or the lead."
        },
        {
            "a LocalParams entry that fails is the rule's error",
            """{ "RuleName": "a", "LocalParams": [ { "Name": "q", "Expression": "1 / lead.Count(\"referral\")" } ], "Expression": "q > 0", "Properties": { "points": 1 } }""",
            "error: scoring/a: the expression failed for this lead (Attempted to divide by zero.); fix the rule or the lead."
        },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Assess_FailingExpression_BothEnginesAnswerAlike(string because, string rule, string expected)
    {
        var rules = RuleSet.Parse(TestRuleSets.Build(scoring: rule));

        var compiled = Describe(new LeadScorer(rules).Assess(NoReferral, AsOf));
        var reference = Describe(new LeadScorer(rules, new LeadScorerOptions { Engine = EvaluationEngine.Reference }).Assess(NoReferral, AsOf));

        compiled.Should().Be(expected, because);
        reference.Should().Be(expected, because);
    }

    private static string Describe(Assessment a) => a.Succeeded
        ? $"{a.Temperature.ToName()} {a.Score} {string.Join(";", a.Reasons)}"
        : "error: " + a.Error;
}
