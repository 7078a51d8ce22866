using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using LeadRules.Rules;
using Newtonsoft.Json;

namespace LeadRules.Benchmarks;

/// <summary>
/// Loading and compiling the costliest rule files within the limits: each spends the whole operator budget
/// (<see cref="Limits.OperatorsPerRuleSet"/>) on what the parser finds slowest, or fills the whole file size
/// (<see cref="Limits.RuleFileBytes"/>) with what costs no operators. Each time is one load of one file.
/// </summary>
[MemoryDiagnoser]
[MaxColumn]
public class RuleLoadBenchmarks
{
    private static readonly Dictionary<string, string> Files = new()
    {
        ["integer additions"] = File(Rules(5, Chain("1", "+", 333) + " > 0")),
        ["negations and additions"] = File(Rules(5, Chain("-x", " + ", 166) + " > 0"), "x", "lead.Count(\"referral\")"),
        ["Math.Abs comparisons"] = File(Rules(50, Chain("Math.Abs(d) > 1", " && ", 20)), "d", "lead.Number(\"budget\")"),
        ["lead.Count tests"] = File(Rules(100, Chain("lead.Count(\"referral\") > 0", " || ", 10))),
        ["1,000 rules of one test"] = File(Rules(1_000, "lead.Count(\"referral\") >= 2")),
        ["1 MiB of string literals"] = File(Rules(250, "lead.Text(\"a\") == \"" + new string('z', 3_975) + "\"")),
    };

    /// <summary>Which costliest file is loaded.</summary>
    [ParamsSource(nameof(Names))]
    public string Case { get; set; } = string.Empty;

    /// <summary>The files' names.</summary>
    public static IEnumerable<string> Names => Files.Keys;

    [GlobalSetup]
    public void Setup()
    {
        var json = Files[Case];
        if (System.Text.Encoding.UTF8.GetByteCount(json) > Limits.RuleFileBytes)
        {
            throw new InvalidOperationException($"'{Case}' is over the rule file limit.");
        }

        Load();
    }

    [Benchmark(Description = "Load and compile a rule file")]
    public LeadScorer Load() => new(RuleSet.Parse(Files[Case]));

    private static string Chain(string unit, string separator, int units) => string.Join(separator, Enumerable.Repeat(unit, units));

    private static string Rules(int count, string expression) => string.Join(",\n", Enumerable.Range(0, count).Select(i =>
        $$"""{ "RuleName": "r{{i}}", "Expression": {{JsonConvert.ToString(expression)}}, "Properties": { "points": 1 } }"""));

    private static string File(string scoringRules, string parameter = "unused", string value = "0") => $$"""
        { "Name": "load", "Version": "1.0.0", "Workflows": [
          { "WorkflowName": "scoring", "GlobalParams": [ { "Name": "{{parameter}}", "Expression": {{JsonConvert.ToString(value)}} } ], "Rules": [ {{scoringRules}} ] },
          { "WorkflowName": "temperature", "Rules": [ { "RuleName": "hot", "Expression": "score >= 10", "Properties": { "temperature": "qualified" } } ] },
          { "WorkflowName": "strategies", "Rules": [ { "RuleName": "one_on_one_call", "Expression": "true", "Properties": {
            "stages": [ "qualified" ], "owner": "sales", "channel": "phone", "consent": "phone", "priority": 90, "coolDownDays": 3, "reason": "A call." } } ] } ] }
        """;
}
