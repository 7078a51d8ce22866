using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using LeadRules.Expressions;
using LeadRules.Rules.Compiling.Cost;
using LeadRules.Rules.Definitions;
using LeadRules.Rules.Reading;
using Newtonsoft.Json.Linq;
using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.Parser;
using RulesEngine.Models;

namespace LeadRules.Rules.Compiling;

/// <summary>
/// Parses every expression of a rule with the parser RulesEngine uses (System.Linq.Dynamic.Core's), set up as
/// RulesEngine sets it up (<see cref="RuleTypes"/>), case-sensitively, when the rule set loads,
/// and reports each one that does not compile as a located problem (RulesEngine alone would make it a false rule).
/// A parameter that does not compile is reported once: expressions that use it are not parsed until it is fixed.
/// </summary>
internal sealed class ConditionParser
{
    /// <summary>The parser's settings, from <see cref="Settings"/>: shared by every rule set the process loads.</summary>
    private static readonly ParsingConfig Config = NewConfig();

    private static int _prepared;

    private readonly HashSet<ParameterExpression> _failed = new();
    private readonly ProblemList _problems;
    private readonly Vocabulary _vocabulary;
    private bool _runs = true;
    private int _operators;

    public ConditionParser(ProblemList problems, Vocabulary vocabulary)
    {
        _problems = problems;
        _vocabulary = vocabulary;
    }

    /// <summary>The bounds of every expression parsed so far; checked against the budget once every workflow is parsed.</summary>
    public CostTally Costs { get; } = new();

    /// <summary>The operators of every expression checked so far, counted against <see cref="Limits.OperatorsPerRuleSet"/>.</summary>
    public int Operators => _operators;

    /// <summary>The "did you mean" search for unknown names, bounded over the whole rule set.</summary>
    public NameSuggestions Suggestions { get; } = new();

    /// <summary>
    /// Starts the parser's one-time set-up on a pool thread, once per process: System.Linq.Dynamic.Core builds its
    /// keyword and type tables by reflection on first use (about 0.1 s), which then overlaps reading the rule file.
    /// A parse that needs them meanwhile waits for them.
    /// </summary>
    public static void Prepare()
    {
        if (System.Threading.Interlocked.Exchange(ref _prepared, 1) == 0)
        {
            System.Threading.ThreadPool.UnsafeQueueUserWorkItem(_ => Warm(), null);
        }
    }

    /// <summary>The settings that the reference evaluator runs RulesEngine with too.</summary>
    public static ReSettings Settings() => new()
    {
        CustomTypes = new[] { typeof(LeadProfile) },
        IsExpressionCaseSensitive = true,
        EnableExceptionAsErrorMessageForRuleExpressionParsing = true,
    };

    /// <summary>Parses <c>GlobalParams</c> or <c>LocalParams</c> in order, each seeing the ones before; adds each to <paramref name="scope"/>.</summary>
    public IReadOnlyList<ScopedValue> ParseScoped(IReadOnlyList<ScopedParamSpec> specs, List<ParameterExpression> scope, string workflow, string? rule, string field)
    {
        var values = new List<ScopedValue>();
        foreach (var spec in specs)
        {
            if (scope.Any(p => p.Name == spec.Name))
            {
                _problems.Add(spec.Json.Property("Name"), workflow, rule, $"{field} '{spec.Name}' is already defined; give it another name.");
                continue;
            }

            var at = spec.Json.Property("Expression") ?? (JToken)spec.Json;
            var value = Parse(spec.Expression, scope, null, at, workflow, rule, $"{field} '{spec.Name}'");
            if (value is null)
            {
                // Holds the name, so that expressions using it are recognised as waiting on this one.
                var placeholder = Expression.Variable(typeof(object), spec.Name);
                _failed.Add(placeholder);
                scope.Add(placeholder);
                continue;
            }

            var variable = Expression.Variable(value.Type, spec.Name);
            Costs.Add(value, variable, _runs, at, workflow, rule, $"{field} '{spec.Name}'");
            scope.Add(variable);
            values.Add(new ScopedValue(variable, value));
        }

        return values;
    }

    /// <summary>
    /// Parses a rule's condition (its locals, then its expression or its enabled nested rules); <see langword="null"/> when
    /// any part fails. <paramref name="path"/> names the rule in problems: <c>rule</c>, or <c>rule/nested</c> for a nested one.
    /// </summary>
    public Condition? ParseCondition(RuleSpec rule, IReadOnlyList<ParameterExpression> outer, string workflow, string path)
    {
        var runs = _runs;
        _runs &= rule.Enabled;
        try
        {
            return ParseRule(rule, outer, workflow, path);
        }
        finally
        {
            _runs = runs;
        }
    }

    private Condition? ParseRule(RuleSpec rule, IReadOnlyList<ParameterExpression> outer, string workflow, string path)
    {
        var scope = outer.ToList();
        var locals = ParseScoped(rule.LocalParams, scope, workflow, path, "LocalParams");
        var failed = locals.Count != rule.LocalParams.Count;
        if (rule.Operator is null)
        {
            if (rule.Expression is null)
            {
                return null;
            }

            var at = rule.Json.Property("Expression") ?? (JToken)rule.Json;
            var body = Parse(rule.Expression, scope, typeof(bool), at, workflow, path, "Expression");
            if (body is not null)
            {
                Costs.Add(body, null, _runs, at, workflow, path, "Expression");
            }

            return failed || body is null ? null : new Condition(locals, body);
        }

        var children = new List<Condition>();
        foreach (var child in rule.Children)
        {
            var condition = ParseCondition(child, scope, workflow, RulePath.Of(path, child.Name)!);
            failed |= condition is null;
            if (condition is not null && child.Enabled)
            {
                children.Add(condition);
            }
        }

        return failed ? null : new Condition(locals, RuleOperators.IsAll(rule.Operator), children);
    }

    private Expression? Parse(string text, List<ParameterExpression> scope, Type? type, JToken at, string workflow, string? rule, string what)
    {
        var limit = ExpressionLimits.Check(text, out var operators);
        if (limit is not null)
        {
            _problems.Add(at, workflow, rule, $"{what} {limit}");
            return null;
        }

        if (_operators > Limits.OperatorsPerRuleSet)
        {
            return null;
        }

        _operators += operators;
        if (_operators > Limits.OperatorsPerRuleSet)
        {
            _problems.Add(at, workflow, rule, $"{what} takes the rule set past {Limits.OperatorsPerRuleSet:N0} operators ({operators:N0} here, {_operators - operators:N0} before it); "
                + "a rule set may hold that many, so that it loads within a second. Split it into smaller rule sets or simplify its expressions; the expressions after this one were not checked.");
            return null;
        }

        if (_failed.Count > 0 && scope.Any(p => _failed.Contains(p) && ExpressionHints.FirstUse(text, p.Name!) >= 0))
        {
            return null;
        }

        try
        {
            var expression = ParseText(scope.Where(p => !_failed.Contains(p)).ToArray(), text, type);
            var problems = CaseCheck.Find(text, expression)
                .Concat(ExpressionAllowList.Find(expression))
                .Concat(VocabularyCheck.Find(expression, _vocabulary, Suggestions))
                .ToList();
            foreach (var problem in problems)
            {
                _problems.Add(at, workflow, rule, $"{what}: {problem}");
            }

            return problems.Count == 0 ? expression : null;
        }
        catch (System.Linq.Dynamic.Core.Exceptions.ParseException e)
        {
            _problems.Add(at, workflow, rule, $"{what} does not compile: {ExpressionHints.Describe(e.Message, e.Position, text, scope.Select(p => p.Name!).ToList())}");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException or InvalidCastException or RulesEngine.Exceptions.RuleException)
        {
            _problems.Add(at, workflow, rule, $"{what} does not compile: {e.Message}");
        }

        return null;
    }

    /// <summary>Parses <paramref name="text"/> over <paramref name="parameters"/> as RulesEngine does, with the shared settings; a null <paramref name="type"/> takes the expression's own.</summary>
    private static Expression ParseText(ParameterExpression[] parameters, string text, Type? type) =>
        new ExpressionParser(parameters, text, Array.Empty<object>(), Config).Parse(type);

    private static ParsingConfig NewConfig()
    {
        var settings = Settings();
        return new ParsingConfig { CustomTypeProvider = new RuleTypes(settings.CustomTypes), IsCaseSensitive = settings.IsExpressionCaseSensitive };
    }

    private static void Warm()
    {
        try
        {
            const string text = "lead.Count(\"referral\") > 0";
            var lead = Expression.Parameter(typeof(LeadProfile), ExpressionInputs.Lead);
            CaseCheck.Find(text, ParseText(new[] { lead }, text, typeof(bool)));
        }
        catch (Exception)
        {
            // A warm-up only: whatever failed here fails again, reported, where a rule set is loaded.
        }
    }
}
