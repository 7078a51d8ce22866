using System.Collections.Generic;
using System.Linq;
using LeadRules.Rules.Compiling;
using LeadRules.Rules.Reading;
using Newtonsoft.Json;

namespace LeadRules.Tests.Security;

/// <summary>Rule files for the cost model's tests, and a load that keeps the builder so its bounds can be read.</summary>
internal static class CostRuleFiles
{
    /// <summary>Reads and checks <paramref name="json"/> as <c>RuleSet.Parse</c> does, on this thread; the problems are in file order.</summary>
    public static (RuleSetBuilder? Builder, IReadOnlyList<string> Problems) Load(string json)
    {
        var problems = new ProblemList("rules.json");
        var read = RuleFileReader.Read(json, problems);
        var builder = read is null ? null : RuleSetBuilder.Build(read, problems);
        return (builder, problems.InFileOrder().Select(p => p.ToString()).ToList());
    }

    /// <summary>
    /// A rule file whose scoring workflow has <paramref name="globals"/> (name, expression) and the given rules
    /// (each a JSON rule object, one per line from line 5 on); temperature and strategies are the tests' one-liners.
    /// </summary>
    public static string Scoring(IEnumerable<(string Name, string Expression)> globals, IEnumerable<string> rules) =>
        $$"""
        {
          "Name": "test", "Version": "1.0.0",
          "Workflows": [
            { "WorkflowName": "scoring", "GlobalParams": [ {{string.Join(", ", globals.Select(Param))}} ], "Rules": [
              {{string.Join(",\n      ", rules)}}
            ] },
            { "WorkflowName": "temperature", "Rules": [ {{LeadRules.Tests.Rules.TestRuleSets.TemperatureRule}} ] },
            { "WorkflowName": "strategies", "Rules": [ {{LeadRules.Tests.Rules.TestRuleSets.StrategyRule}} ] }
          ]
        }
        """;

    /// <summary>A scoring rule giving one point, with <paramref name="locals"/> (name, expression) before its expression.</summary>
    public static string Rule(string name, string expression, IEnumerable<(string Name, string Expression)>? locals = null) =>
        $$"""{ "RuleName": "{{name}}", "LocalParams": [ {{string.Join(", ", (locals ?? Enumerable.Empty<(string, string)>()).Select(Param))}} ], "Expression": {{JsonConvert.ToString(expression)}}, "Properties": { "points": 1 } }""";

    /// <summary>Parameters <c>s0 = lead.Text("a")</c>, then <c>s{i} = {step(s{i-1})}</c> for i from 1 to <paramref name="steps"/>.</summary>
    public static IEnumerable<(string Name, string Expression)> Chain(string prefix, int steps, System.Func<string, string> step) =>
        new[] { ($"{prefix}0", "lead.Text(\"a\")") }.Concat(Enumerable.Range(1, steps).Select(i => ($"{prefix}{i}", step($"{prefix}{i - 1}"))));

    private static string Param((string Name, string Expression) p) =>
        $$"""{ "Name": "{{p.Name}}", "Expression": {{JsonConvert.ToString(p.Expression)}} }""";
}
