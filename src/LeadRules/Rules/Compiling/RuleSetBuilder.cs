using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using LeadRules.Expressions;
using LeadRules.Leads;
using LeadRules.Rules.Definitions;
using LeadRules.Rules.Reading;

namespace LeadRules.Rules.Compiling;

/// <summary>Turns a read rule file into checked workflow definitions, reporting every problem it finds.</summary>
internal sealed class RuleSetBuilder
{
    private readonly RuleFileSpec _file;
    private readonly ProblemList _problems;
    private readonly ConditionParser _conditions;

    private RuleSetBuilder(RuleFileSpec file, ProblemList problems, Vocabulary vocabulary)
    {
        _file = file;
        _problems = problems;
        Vocabulary = vocabulary;
        _conditions = new ConditionParser(problems, vocabulary);
    }

    public Vocabulary Vocabulary { get; }

    /// <summary>The bounds of the rule set's expressions, checked against the budget per lead.</summary>
    public Cost.CostTally Costs => _conditions.Costs;

    /// <summary>The "did you mean" search used while checking the rule set, with the work it did.</summary>
    public NameSuggestions Suggestions => _conditions.Suggestions;

    /// <summary>The operators counted against <see cref="Limits.OperatorsPerRuleSet"/> so far.</summary>
    public int Operators => _conditions.Operators;

    public DecayPlan Decay { get; } = new();

    public WorkflowDefinition<ScoringRule>? Scoring { get; private set; }

    public WorkflowDefinition<TemperatureRule>? Temperature { get; private set; }

    public WorkflowDefinition<StrategyRule>? Strategies { get; private set; }

    /// <summary>The attributes the rules read with a literal name, for warnings about a lead's near misses.</summary>
    public AttributeReads AttributeReads { get; private set; } = null!;

    public static RuleSetBuilder Build(RuleFileSpec file, ProblemList problems)
    {
        var builder = new RuleSetBuilder(file, problems, BuildVocabulary(file, problems));
        builder.BuildWorkflows();
        builder.Costs.Check(problems);
        var reads = new AttributeReadFinder();
        reads.Add(builder.Scoring);
        reads.Add(builder.Temperature);
        reads.Add(builder.Strategies);
        builder.AttributeReads = reads.ToReads();
        builder.Decay.Seal(builder.Vocabulary.ContactPointTypes.Count);
        return builder;
    }

    private static Vocabulary BuildVocabulary(RuleFileSpec file, ProblemList problems)
    {
        var types = DefaultVocabulary.Types().ToList();
        var known = types.ToDictionary(t => t.Key, t => t.Value);
        foreach (var extra in file.ExtraTypes)
        {
            if (known.TryGetValue(extra.Key, out var group))
            {
                if (group != extra.Value)
                {
                    problems.Add(file.Json, null, null, $"Vocabulary.ContactPointTypes: '{extra.Key}' is in group '{group}' already; types cannot move between groups.");
                }

                continue;
            }

            known.Add(extra.Key, extra.Value);
            types.Add(extra);
        }

        return new Vocabulary(types, DefaultVocabulary.Strategies.Concat(file.ExtraStrategies).Distinct());
    }

    private void BuildWorkflows()
    {
        var byName = new Dictionary<string, WorkflowSpec>();
        foreach (var workflow in _file.Workflows)
        {
            if (!WorkflowNames.All.Contains(workflow.Name))
            {
                _problems.Add(workflow.Json.Property("WorkflowName"), workflow.Name, null,
                    $"unknown workflow '{workflow.Name}'; a rule set has the workflows {string.Join(", ", WorkflowNames.All)}.");
            }
            else if (byName.ContainsKey(workflow.Name))
            {
                _problems.Add(workflow.Json.Property("WorkflowName"), workflow.Name, null, $"workflow '{workflow.Name}' is defined twice; merge the two.");
            }
            else
            {
                byName.Add(workflow.Name, workflow);
            }
        }

        foreach (var missing in WorkflowNames.All.Where(n => !byName.ContainsKey(n)))
        {
            _problems.Add(_file.Json.Property("Workflows") ?? (Newtonsoft.Json.Linq.JToken)_file.Json, null, null, $"missing workflow '{missing}'; a rule set has the workflows {string.Join(", ", WorkflowNames.All)}.");
        }

        if (byName.TryGetValue(WorkflowNames.Scoring, out var scoring))
        {
            Scoring = Workflow(scoring, Inputs(lead: true), (rule, condition) =>
            {
                var points = RuleProperties.Scoring(rule, _problems, Vocabulary);
                // Only points per occurrence sum faded weights; points given once fade by the latest occurrence's age.
                if (points?.Type >= 0 && points.Each is not null && points.HalfLifeDays is { } halfLife)
                {
                    points = points with { DecaySlot = Decay.SlotFor(points.Type, halfLife) };
                }

                return points is null || condition is null ? null : new ScoringRule(rule.Name, condition, points);
            });
        }

        if (byName.TryGetValue(WorkflowNames.Temperature, out var temperature))
        {
            Temperature = Workflow(temperature, Inputs(lead: true, score: true), (rule, condition) => RuleProperties.Temperature(rule, condition, _problems));
            TemperatureOrder.Check(temperature, Temperature, _problems);
        }

        if (byName.TryGetValue(WorkflowNames.Strategies, out var strategies))
        {
            Strategies = Workflow(strategies, Inputs(lead: true, score: true, temperature: true), (rule, condition) =>
            {
                if (!Vocabulary.HasStrategy(rule.Name))
                {
                    _problems.Add(rule.Json.Property("RuleName"), WorkflowNames.Strategies, rule.Name,
                        $"'{rule.Name}' is not a strategy of the vocabulary; use a catalogue id or add it to Vocabulary.Strategies.");
                }

                var terms = RuleProperties.Strategy(rule, _problems);
                return terms is null || condition is null ? null : new StrategyRule(rule.Name, condition, terms);
            });
        }
    }

    private WorkflowDefinition<TRule> Workflow<TRule>(WorkflowSpec spec, List<ParameterExpression> inputs, System.Func<RuleSpec, Condition?, TRule?> define)
        where TRule : RuleDefinition
    {
        var scope = inputs.ToList();
        var globals = _conditions.ParseScoped(spec.GlobalParams, scope, spec.Name, null, "GlobalParams");
        var rules = new List<TRule>();
        var names = new HashSet<string>();
        foreach (var rule in spec.Rules)
        {
            if (!names.Add(rule.Name))
            {
                _problems.Add(rule.Json.Property("RuleName"), spec.Name, rule.Name, $"duplicate rule name '{rule.Name}'; rule names are unique within a workflow.");
            }

            var definition = define(rule, _conditions.ParseCondition(rule, scope, spec.Name, rule.Name));
            if (definition is not null && rule.Enabled)
            {
                rules.Add(definition);
            }
        }

        return new WorkflowDefinition<TRule>(spec, inputs, globals, rules);
    }

    private static List<ParameterExpression> Inputs(bool lead, bool score = false, bool temperature = false)
    {
        var inputs = new List<ParameterExpression>();
        if (lead)
        {
            inputs.Add(Expression.Parameter(typeof(LeadProfile), ExpressionInputs.Lead));
        }

        if (score)
        {
            inputs.Add(Expression.Parameter(typeof(double), ExpressionInputs.Score));
        }

        if (temperature)
        {
            inputs.Add(Expression.Parameter(typeof(string), ExpressionInputs.Temperature));
        }

        return inputs;
    }
}
