using System.Linq;
using LeadRules.Rules.Definitions;
using LeadRules.Rules.Reading;

namespace LeadRules.Rules.Compiling;

/// <summary>
/// Checks that temperature rules come qualified, then warm, then cold (the first that holds wins), and that no
/// rule sits below one that always holds, where it could never be reached.
/// </summary>
internal static class TemperatureOrder
{
    public static void Check(WorkflowSpec spec, WorkflowDefinition<TemperatureRule> workflow, ProblemList problems)
    {
        TemperatureRule? previous = null;
        TemperatureRule? always = null;
        foreach (var rule in workflow.Rules)
        {
            var json = spec.Rules.First(r => r.Name == rule.Name).Json;
            if (always is not null)
            {
                problems.Add(json, spec.Name, rule.Name,
                    $"this rule can never be reached: '{always.Name}' above it always holds. Remove it or move it above '{always.Name}'.");
            }
            else if (previous is not null && rule.Temperature > previous.Temperature)
            {
                problems.Add(json, spec.Name, rule.Name,
                    $"a {rule.Temperature.ToName()} rule below the {previous.Temperature.ToName()} rule '{previous.Name}' is reached only when that one fails; order temperature rules qualified, warm, cold.");
            }

            if (rule.Condition.AlwaysHolds)
            {
                always ??= rule;
            }

            previous = rule;
        }
    }
}
