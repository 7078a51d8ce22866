using System;
using System.Collections.Generic;
using FluentAssertions;
using LeadRules.Leads;
using LeadRules.Rules;
using Xunit;

namespace LeadRules.Tests.Evaluation;

/// <summary>
/// Failures in <c>GlobalParams</c>, in nested rules and with multi-line .NET messages: both engines give the same
/// one-line error, to the byte.
/// </summary>
public class EngineMessageParityTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Lead Short = new("S1", new[] { new ContactPoint("website_visit") }, attributes: new Dictionary<string, object> { ["a"] = "ab" });
    private static readonly Lead Long = new("L1", new[] { new ContactPoint("website_visit") }, attributes: new Dictionary<string, object> { ["a"] = "abcdefgh" });

    public static TheoryData<string, string, string, string> Failures() => new()
    {
        {
            "a GlobalParams entry that fails on a short text is the lead's error, named GlobalParams",
            """[ { "Name": "tail", "Expression": "lead.Text(\"a\").Substring(5)" } ]""",
            """{ "RuleName": "r", "Expression": "tail != \"\"", "Properties": { "points": 1 } }""",
            "error: scoring/GlobalParams: the expression failed for this lead (startIndex cannot be larger than length of string. (Parameter 'startIndex')); fix the rule or the lead."
        },
        {
            "a GlobalParams entry whose .NET message has two lines gives its first line",
            """[ { "Name": "tail", "Expression": "lead.Text(\"a\").Substring(lead.Text(\"a\").Length - 3)" } ]""",
            """{ "RuleName": "r", "Expression": "tail != \"\"", "Properties": { "points": 1 } }""",
            "error: scoring/GlobalParams: the expression failed for this lead (startIndex ('-1') must be a non-negative value. (Parameter 'startIndex')); fix the rule or the lead."
        },
        {
            "a rule expression whose .NET message has two lines gives its first line",
            "[]",
            """{ "RuleName": "r", "Expression": "lead.Text(\"a\").Substring(lead.Text(\"a\").Length - 3) != \"\"", "Properties": { "points": 1 } }""",
            "error: scoring/r: the expression failed for this lead (startIndex ('-1') must be a non-negative value. (Parameter 'startIndex')); fix the rule or the lead."
        },
        {
            "a LocalParams entry whose .NET message has two lines gives its first line",
            "[]",
            """{ "RuleName": "r", "LocalParams": [ { "Name": "t", "Expression": "lead.Text(\"a\").Substring(0, lead.Text(\"a\").Length - 3)" } ], "Expression": "t != \"\"", "Properties": { "points": 1 } }""",
            "error: scoring/r: the expression failed for this lead (length ('-1') must be a non-negative value. (Parameter 'length')); fix the rule or the lead."
        },
        {
            "a nested rule that fails counts as false, whatever its message",
            "[]",
            """{ "RuleName": "r", "Operator": "And", "Properties": { "points": 1 }, "Rules": [ { "RuleName": "x", "Expression": "lead.Text(\"a\").Substring(lead.Text(\"a\").Length - 3) != \"\"" }, { "RuleName": "y", "Expression": "true" } ] }""",
            "cold 0 "
        },
        {
            "the LocalParams of a nested rule that fail make that rule false",
            "[]",
            """{ "RuleName": "r", "Operator": "Or", "Properties": { "points": 1 }, "Rules": [ { "RuleName": "x", "LocalParams": [ { "Name": "t", "Expression": "lead.Text(\"a\").Substring(5)" } ], "Operator": "And", "Rules": [ { "RuleName": "x1", "Expression": "t != \"\"" } ] }, { "RuleName": "y", "Expression": "lead.Text(\"a\").Length < 3" } ] }""",
            "cold 1 r:1"
        },
        {
            "the LocalParams of a top-level rule with nested rules that fail are the lead's error",
            "[]",
            """{ "RuleName": "r", "LocalParams": [ { "Name": "t", "Expression": "lead.Text(\"a\").Substring(5)" } ], "Operator": "Or", "Properties": { "points": 1 }, "Rules": [ { "RuleName": "y", "Expression": "t == \"\"" } ] }""",
            "error: scoring/r: the expression failed for this lead (startIndex cannot be larger than length of string. (Parameter 'startIndex')); fix the rule or the lead."
        },
        {
            "a GlobalParams entry that fails in a workflow whose rules are all disabled is never needed",
            """[ { "Name": "tail", "Expression": "lead.Text(\"a\").Substring(5)" } ]""",
            """{ "RuleName": "r", "Enabled": false, "Expression": "tail != \"\"", "Properties": { "points": 1 } }""",
            "cold 0 "
        },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Assess_FailingOnShortText_BothEnginesGiveTheSameOneLineAnswer(string because, string globals, string rule, string expected)
    {
        var rules = RuleSet.Parse(WithGlobals(globals, rule));

        var compiled = Describe(new LeadScorer(rules).Assess(Short, AsOf));
        var reference = Describe(new LeadScorer(rules, new LeadScorerOptions { Engine = EvaluationEngine.Reference }).Assess(Short, AsOf));

        compiled.Should().Be(expected, because);
        reference.Should().Be(expected, because);
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public void Assess_LongText_BothEnginesSucceedAlike(string because, string globals, string rule, string expected)
    {
        _ = expected;
        var rules = RuleSet.Parse(WithGlobals(globals, rule));

        var compiled = new LeadScorer(rules).Assess(Long, AsOf);
        var reference = new LeadScorer(rules, new LeadScorerOptions { Engine = EvaluationEngine.Reference }).Assess(Long, AsOf);

        compiled.Error.Should().BeNull(because);
        Describe(reference).Should().Be(Describe(compiled), because);
    }

    /// <summary>A rule file whose scoring workflow has <paramref name="globals"/> and the one rule <paramref name="rule"/>.</summary>
    internal static string WithGlobals(string globals, string rule) =>
        $$"""
        {
          "Name": "test", "Version": "1.0.0",
          "Workflows": [
            { "WorkflowName": "scoring", "GlobalParams": {{globals}}, "Rules": [ {{rule}} ] },
            { "WorkflowName": "temperature", "Rules": [ { "RuleName": "cold_otherwise", "Expression": "true", "Properties": { "temperature": "cold" } } ] },
            { "WorkflowName": "strategies", "Rules": [ { "RuleName": "digital_ads", "Expression": "true", "Properties": { "stages": [ "cold" ], "owner": "marketing", "channel": "ads", "consent": "none", "reason": "Cold lead: ads." } } ] }
          ]
        }
        """;

    private static string Describe(Assessment a) => a.Succeeded
        ? $"{a.Temperature.ToName()} {a.Score} {string.Join(";", a.Reasons)}"
        : "error: " + a.Error;
}
