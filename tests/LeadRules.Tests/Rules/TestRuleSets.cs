using System;
using System.IO;

namespace LeadRules.Tests.Rules;

/// <summary>
/// Small rule files for tests. <see cref="Build"/> lays a file out line by line so that problem locations can be
/// asserted exactly: with one-line rules the scoring rule is on line 5, the temperature rule on line 8 and the
/// strategy rule on line 11, each starting at column 7. A rule given on several lines moves the lines below it.
/// </summary>
internal static class TestRuleSets
{
    /// <summary>A valid scoring rule: 10 points for a referral.</summary>
    public const string ScoringRule =
        """{ "RuleName": "referral", "Expression": "lead.Count(\"referral\") > 0", "Properties": { "points": 10 } }""";

    /// <summary>A valid temperature rule: everything is cold.</summary>
    public const string TemperatureRule =
        """{ "RuleName": "cold_otherwise", "Expression": "true", "Properties": { "temperature": "cold" } }""";

    /// <summary>A valid strategy rule: digital ads for cold leads.</summary>
    public const string StrategyRule =
        """{ "RuleName": "digital_ads", "Expression": "true", "Properties": { "stages": [ "cold" ], "owner": "marketing", "channel": "ads", "consent": "none", "reason": "Cold lead: ads." } }""";

    /// <summary>
    /// A rule file with the three workflows <c>scoring</c>, <c>temperature</c> and <c>strategies</c>; each argument
    /// replaces the text of that workflow's rules (one or more comma-separated rule objects); <paramref name="header"/>
    /// is more top-level fields, written on line 2 after <c>Version</c> (start it with a space and end it with a comma).
    /// </summary>
    public static string Build(string scoring = ScoringRule, string temperature = TemperatureRule, string strategies = StrategyRule, string header = "") =>
        $$"""
        {
          "Name": "test", "Version": "1.0.0",{{header}}
          "Workflows": [
            { "WorkflowName": "scoring", "Rules": [
              {{scoring}}
            ] },
            { "WorkflowName": "temperature", "Rules": [
              {{temperature}}
            ] },
            { "WorkflowName": "strategies", "Rules": [
              {{strategies}}
            ] }
          ]
        }
        """;
}
