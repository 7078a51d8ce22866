using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using LeadRules.Leads;
using LeadRules.Rules;

namespace LeadRules.Tests.Properties;

/// <summary>
/// Random rule sets whose expressions fail on some leads (in <c>GlobalParams</c>, <c>LocalParams</c>, nested and
/// top-level rules, with one-line and multi-line .NET messages), run by both engines over random leads: the
/// answers, errors included, are the same strings.
/// </summary>
public class EngineParityProperties
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Boolean expressions that fail for some leads and hold or not for the others.</summary>
    private static readonly string[] Fragile =
    {
        "lead.Text(\"a\").Substring(3) != \"x\"",
        "lead.Text(\"a\").Substring(lead.Text(\"a\").Length - 3) != \"\"",
        "lead.Text(\"a\").Substring(0, lead.Text(\"a\").Length - 2) != \"ab\"",
        "10 / lead.Count(\"referral\") > 6",
        "Math.Round(1.5, lead.Count(\"referral\") * 8) > 1",
        "TimeSpan.FromDays(lead.Number(\"n\")).TotalDays > 1",
        "lead.Text(\"a\")[2] == 'c'",
        "DateTime(2026, 1 + lead.Count(\"referral\") * 6, 1).Year == 2026",
        "DateTime(2026, 1, 1).AddDays(lead.Number(\"n\")).Year > 2026",
        "lead.Number(\"n\") > 2",
        "lead.Text(\"a\").Length > 4",
        "true",
    };

    private static readonly object?[] Numbers = { null, 0.0, 2.5, -1.0, 1e30, double.MaxValue };

    [Property(MaxTest = 40)]
    public bool Assess_FragileRuleSets_BothEnginesAnswerAlike(Guid seed)
    {
        var random = new Random(seed.GetHashCode());
        var rules = RuleSet.Parse(RuleFile(random));
        var compiled = new LeadScorer(rules);
        var reference = new LeadScorer(rules, new LeadScorerOptions { Engine = EvaluationEngine.Reference });

        return Enumerable.Range(0, 12).Select(i => Lead(random, i)).All(lead => Describe(compiled.Assess(lead, AsOf)) == Describe(reference.Assess(lead, AsOf)));
    }

    private static Lead Lead(Random random, int i)
    {
        var attributes = new Dictionary<string, object> { ["a"] = "abcdefgh".Substring(0, random.Next(9)) };
        if (Numbers[random.Next(Numbers.Length)] is { } n)
        {
            attributes["n"] = n;
        }

        var points = Enumerable.Range(0, random.Next(3)).Select(_ => new ContactPoint("referral", AsOf.AddDays(-random.Next(30))));
        return new Lead("L" + i, points.Append(new ContactPoint("website_visit")), attributes: attributes);
    }

    private static string RuleFile(Random random)
    {
        var globals = Enumerable.Range(0, random.Next(3)).Select(g => Param("g" + g, g == 0 ? Pick(random) : $"g{g - 1} && {Pick(random)}")).ToList();
        var scoring = Enumerable.Range(0, random.Next(1, 5)).Select(r => ScoringRule(random, "r" + r, globals.Count)).ToList();
        var temperatureGlobals = random.Next(2) == 0 ? string.Empty : Param("t0", Pick(random));
        var qualified = $$"""{ "RuleName": "hot", "Expression": {{Json((temperatureGlobals.Length > 0 ? "t0 && " : "score > 2 && ") + Pick(random))}}, "Properties": { "temperature": "qualified" } }""";
        return $$"""
            {
              "Name": "fragile", "Version": "1.0.0",
              "Workflows": [
                { "WorkflowName": "scoring", "GlobalParams": [ {{string.Join(", ", globals)}} ], "Rules": [ {{string.Join(", ", scoring)}} ] },
                { "WorkflowName": "temperature", "GlobalParams": [ {{temperatureGlobals}} ], "Rules": [ {{qualified}}, { "RuleName": "cold_otherwise", "Expression": "true", "Properties": { "temperature": "cold" } } ] },
                { "WorkflowName": "strategies", "Rules": [ { "RuleName": "digital_ads", "Expression": {{Json(Pick(random))}}, "Properties": { "stages": [ "cold", "qualified" ], "owner": "marketing", "channel": "ads", "consent": "none", "reason": "Ads." } } ] }
              ]
            }
            """;
    }

    private static string ScoringRule(Random random, string name, int globals)
    {
        var enabled = random.Next(6) == 0 ? "\"Enabled\": false, " : string.Empty;
        var body = Body(random, name, globals, depth: 0);
        return $$"""{ "RuleName": "{{name}}", {{enabled}}{{body}}, "Properties": { "points": {{random.Next(1, 6)}} } }""";
    }

    /// <summary>An expression (maybe with LocalParams and a global) or nested rules, without the rule's name.</summary>
    private static string Body(Random random, string name, int globals, int depth)
    {
        var locals = random.Next(3) == 0 ? $"\"LocalParams\": [ {Param(name + "_l", Pick(random))} ], " : string.Empty;
        var local = locals.Length > 0 ? $"{name}_l || " : string.Empty;
        if (depth < 2 && random.Next(3) == 0)
        {
            var children = Enumerable.Range(0, random.Next(1, 4))
                .Select(c => $$"""{ "RuleName": "{{name}}_{{c}}", {{(random.Next(8) == 0 ? "\"Enabled\": false, " : string.Empty)}}{{Body(random, $"{name}_{c}", globals, depth + 1)}} }""");
            return $$"""{{locals}}"Operator": "{{(random.Next(2) == 0 ? "AndAlso" : "Or")}}", "Rules": [ {{string.Join(", ", children)}} ]""";
        }

        var global = globals > 0 && random.Next(2) == 0 ? $"g{random.Next(globals)} && " : string.Empty;
        return $"{locals}\"Expression\": {Json(local + global + Pick(random))}";
    }

    private static string Param(string name, string expression) => $$"""{ "Name": "{{name}}", "Expression": {{Json(expression)}} }""";

    private static string Pick(Random random) => Fragile[random.Next(Fragile.Length)];

    private static string Json(string text) => Newtonsoft.Json.JsonConvert.ToString(text);

    private static string Describe(Assessment a) => a.Succeeded
        ? $"{a.Temperature}|{a.Score}|{a.TemperatureRule}|{string.Join(";", a.Recommendations.Select(r => r.Strategy))}|{string.Join(";", a.Reasons)}"
        : "error: " + a.Error;
}
