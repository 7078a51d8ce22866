using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using LeadRules.Expressions;
using LeadRules.Rules;
using LeadRules.Rules.Definitions;

namespace LeadRules.Evaluation;

/// <summary>Evaluates each workflow with one delegate compiled from the rule set's expression trees when the scorer is built.</summary>
internal sealed class CompiledEvaluator : IRuleEvaluator
{
    private static readonly System.Reflection.ConstructorInfo FailureCtor =
        typeof(RuleFailure).GetConstructor(new[] { typeof(string), typeof(string), typeof(Exception) })!;

    private readonly Action<LeadProfile, double, string, bool[]> _scoring;
    private readonly Action<LeadProfile, double, string, bool[]> _temperature;
    private readonly Action<LeadProfile, double, string, bool[]> _strategies;

    public CompiledEvaluator(RuleSet rules)
    {
        var binder = new SlotBinder(rules.Vocabulary);
        _scoring = Compile(rules.Scoring, binder);
        _temperature = Compile(rules.Temperature, binder);
        _strategies = Compile(rules.Strategies, binder);
    }

    public void Scoring(LeadProfile lead, bool[] held) => _scoring(lead, 0, string.Empty, held);

    public void Temperature(LeadProfile lead, double score, bool[] held) => _temperature(lead, score, string.Empty, held);

    public void Strategies(LeadProfile lead, double score, string temperature, bool[] held) => _strategies(lead, score, temperature, held);

    private static Action<LeadProfile, double, string, bool[]> Compile<TRule>(WorkflowDefinition<TRule> workflow, SlotBinder binder)
        where TRule : RuleDefinition
    {
        var lead = Expression.Parameter(typeof(LeadProfile), "lead");
        var score = Expression.Parameter(typeof(double), "score");
        var temperature = Expression.Parameter(typeof(string), "temperature");
        var held = Expression.Parameter(typeof(bool[]), "held");
        var arguments = new Dictionary<string, ParameterExpression>
        {
            [ExpressionInputs.Lead] = lead,
            [ExpressionInputs.Score] = score,
            [ExpressionInputs.Temperature] = temperature,
        };

        // One try block per workflow; 'current' says which rule (0 = GlobalParams) a failure came from.
        var current = Expression.Variable(typeof(int), "current");
        var names = new[] { "GlobalParams" }.Concat(workflow.Rules.Select(r => r.Name)).ToArray();
        var body = new List<Expression>();
        body.AddRange(workflow.Inputs.Select(input => Expression.Assign(input, arguments[input.Name!])));
        if (workflow.Rules.Count > 0)
        {
            // As in RulesEngine, a workflow without enabled rules computes no GlobalParams, so none can fail.
            body.AddRange(workflow.Globals.Select(g => Expression.Assign(g.Variable, g.Value)));
        }

        for (var i = 0; i < workflow.Rules.Count; i++)
        {
            body.Add(Expression.Assign(current, Expression.Constant(i + 1)));
            body.Add(Expression.Assign(Expression.ArrayAccess(held, Expression.Constant(i)), Build(workflow.Rules[i].Condition)));
        }

        body.Add(Expression.Empty());
        var error = Expression.Parameter(typeof(Exception), "error");
        var failure = Expression.New(FailureCtor, Expression.Constant(workflow.Spec.Name), Expression.ArrayIndex(Expression.Constant(names), current), error);
        var guarded = Expression.TryCatch(Expression.Block(body), Expression.Catch(error, Expression.Throw(failure)));
        var variables = workflow.Inputs.Concat(workflow.Globals.Select(g => g.Variable)).Append(current);
        var block = new InvariantCulture().Visit(binder.Visit(Expression.Block(variables, guarded)));
        var lambda = Expression.Lambda<Action<LeadProfile, double, string, bool[]>>(block, lead, score, temperature, held);
        return lambda.Compile();
    }

    private static Expression Build(Condition condition)
    {
        Expression body;
        if (condition.Body is not null)
        {
            body = condition.Body;
        }
        else if (condition.Children.Count == 0)
        {
            body = Expression.Constant(false);
        }
        else
        {
            // As in RulesEngine, a nested rule whose expression fails counts as false; the failure does not end the lead.
            body = condition.Children.Select(c => (Expression)Expression.TryCatch(Build(c), Expression.Catch(typeof(Exception), Expression.Constant(false))))
                .Aggregate((a, b) => condition.All ? Expression.AndAlso(a, b) : Expression.OrElse(a, b));
        }

        if (condition.Locals.Count == 0)
        {
            return body;
        }

        var steps = condition.Locals.Select(l => (Expression)Expression.Assign(l.Variable, l.Value)).Append(body);
        return Expression.Block(typeof(bool), condition.Locals.Select(l => l.Variable), steps);
    }
}
