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
    private const string GlobalParams = "GlobalParams";

    private readonly RulesEngine.RulesEngine _engine;
    private readonly Dictionary<string, int> _scoring;
    private readonly Dictionary<string, int> _temperature;
    private readonly Dictionary<string, int> _strategies;
    private readonly Dictionary<string, string?> _firstGlobal;

    public ReferenceEvaluator(RuleSet rules)
    {
        var workflows = new[] { ToWorkflow(rules.Scoring.Spec), ToWorkflow(rules.Temperature.Spec), ToWorkflow(rules.Strategies.Spec) };
        _engine = new RulesEngine.RulesEngine(workflows, ConditionParser.Settings());
        _scoring = Indexes(rules.Scoring);
        _temperature = Indexes(rules.Temperature);
        _strategies = Indexes(rules.Strategies);
        _firstGlobal = new[] { rules.Scoring.Spec, rules.Temperature.Spec, rules.Strategies.Spec }
            .ToDictionary(w => w.Name, w => (string?)w.GlobalParams.Select(g => g.Name).FirstOrDefault());
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
            using var invariant = InvariantCultureScope.Enter();
            results = _engine.ExecuteAllRulesAsync(workflow, inputs).AsTask().GetAwaiter().GetResult();
        }
#pragma warning disable CA1031 // Whatever escapes RulesEngine is the lead's failure, as in the compiled engine.
        catch (Exception error)
#pragma warning restore CA1031
        {
            throw new RuleFailure(workflow, GlobalParams, RuleFailure.Innermost(error).Message);
        }

        foreach (var result in results)
        {
            if (!string.IsNullOrEmpty(result.ExceptionMessage))
            {
                // RulesEngine reports a failed GlobalParams entry on every rule, run without the global values among its inputs.
                var global = _firstGlobal[workflow] is { } first && !result.Inputs.ContainsKey(first);
                var rule = result.Rule.RuleName;
                throw new RuleFailure(workflow, global ? GlobalParams : rule, RulesEngineMessage.Of(rule, result.ExceptionMessage, global));
            }

            held[indexes[result.Rule.RuleName]] = result.IsSuccess;
        }
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
