using System;
using System.Collections.Generic;
using System.Linq;
using LeadRules.Expressions;
using LeadRules.Rules;
using LeadRules.Rules.Compiling;
using LeadRules.Rules.Definitions;
using LeadRules.Rules.Reading;
using RulesEngine.Models;

namespace LeadRules.Evaluation;

/// <summary>
/// Evaluates the rule set with Microsoft RulesEngine's own <c>ExecuteAllRulesAsync</c>: the reference that the
/// compiled evaluator must agree with.
/// </summary>
internal sealed class ReferenceEvaluator : IRuleEvaluator
{
    private readonly RulesEngine.RulesEngine _engine;
    private readonly Dictionary<string, int> _scoring;
    private readonly Dictionary<string, int> _temperature;
    private readonly Dictionary<string, int> _strategies;

    public ReferenceEvaluator(RuleSet rules)
    {
        var workflows = new[] { ToWorkflow(rules.Scoring.Spec), ToWorkflow(rules.Temperature.Spec), ToWorkflow(rules.Strategies.Spec) };
        _engine = new RulesEngine.RulesEngine(workflows, ConditionParser.Settings());
        _scoring = Indexes(rules.Scoring);
        _temperature = Indexes(rules.Temperature);
        _strategies = Indexes(rules.Strategies);
    }

    public void Scoring(LeadProfile lead, bool[] held) =>
        Run(WorkflowNames.Scoring, _scoring, held, new RuleParameter(ExpressionInputs.Lead, lead));

    public void Temperature(LeadProfile lead, double score, bool[] held) =>
        Run(WorkflowNames.Temperature, _temperature, held, new RuleParameter(ExpressionInputs.Lead, lead), new RuleParameter(ExpressionInputs.Score, score));

    public void Strategies(LeadProfile lead, double score, string temperature, bool[] held) =>
        Run(WorkflowNames.Strategies, _strategies, held, new RuleParameter(ExpressionInputs.Lead, lead), new RuleParameter(ExpressionInputs.Score, score), new RuleParameter(ExpressionInputs.Temperature, temperature));

    private void Run(string workflow, Dictionary<string, int> indexes, bool[] held, params RuleParameter[] inputs)
    {
        List<RuleResultTree> results;
        try
        {
            results = _engine.ExecuteAllRulesAsync(workflow, inputs).AsTask().GetAwaiter().GetResult();
        }
#pragma warning disable CA1031 // RulesEngine evaluates GlobalParams outside any rule and lets their failure escape.
        catch (Exception error)
#pragma warning restore CA1031
        {
            throw new RuleFailure(workflow, "GlobalParams", RuleFailure.Innermost(error).Message);
        }

        foreach (var result in results)
        {
            if (!string.IsNullOrEmpty(result.ExceptionMessage))
            {
                throw new RuleFailure(workflow, result.Rule.RuleName, Detail(result.Rule.RuleName, result.ExceptionMessage));
            }

            held[indexes[result.Rule.RuleName]] = result.IsSuccess;
        }
    }

    /// <summary>The failure's own message, without RulesEngine's wording around it, as the compiled engine reports it.</summary>
    private static string Detail(string rule, string message)
    {
        var end = message.IndexOfAny(new[] { '\r', '\n' });
        var line = end < 0 ? message : message.Substring(0, end);
        foreach (var prefix in new[] { $"Error while executing rule : {rule} - ", $"Error while executing scoped params for rule `{rule}` - " })
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                line = line.Substring(prefix.Length);
                var typed = line.IndexOf(": ", StringComparison.Ordinal);
                return prefix.Contains("scoped") && typed > 0 ? line.Substring(typed + 2) : line;
            }
        }

        return line;
    }

    private static Dictionary<string, int> Indexes<TRule>(WorkflowDefinition<TRule> workflow)
        where TRule : RuleDefinition =>
        workflow.Rules.Select((r, i) => (r.Name, i)).ToDictionary(x => x.Name, x => x.i);

    private static Workflow ToWorkflow(WorkflowSpec spec) => new()
    {
        WorkflowName = spec.Name,
        GlobalParams = spec.GlobalParams.Select(ToParam).ToList(),
        Rules = spec.Rules.Select(ToRule).ToList(),
    };

    private static Rule ToRule(RuleSpec spec) => new()
    {
        RuleName = spec.Name,
        Expression = spec.Expression,
        Operator = spec.Operator,
        Enabled = spec.Enabled,
        Rules = spec.Children.Count == 0 ? null : spec.Children.Select(ToRule).ToList(),
        LocalParams = spec.LocalParams.Select(ToParam).ToList(),
        Properties = spec.Properties?.ToObject<Dictionary<string, object>>(),
    };

    private static ScopedParam ToParam(ScopedParamSpec spec) => new() { Name = spec.Name, Expression = spec.Expression };
}
