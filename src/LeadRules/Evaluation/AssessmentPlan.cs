using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using LeadRules.Leads;
using LeadRules.Rules;
using LeadRules.Rules.Definitions;
using LeadRules.Strategies;

namespace LeadRules.Evaluation;

/// <summary>
/// Everything a scorer decides once: the evaluator for the chosen engine, the strategy ranking, the unknown-type
/// policy. Assesses one lead into one compact <see cref="Assessment"/>, whose reasons and recommendations are
/// expanded only when read.
/// </summary>
internal sealed class AssessmentPlan
{
    private static readonly string[] TemperatureNames = { "cold", "warm", "qualified" };

    private readonly IRuleEvaluator _evaluator;
    private readonly ScoringPoints[] _points;
    private readonly double[] _constantPoints;
    private readonly TemperatureRule[] _temperatureRules;
    private readonly UnknownTypePolicy _unknownTypes;
    private readonly ThreadLocal<Scratch> _scratch;

    public AssessmentPlan(RuleSet rules, LeadScorerOptions options)
    {
        Rules = rules;
        _unknownTypes = options.UnknownTypes;
        _evaluator = options.Engine == EvaluationEngine.Reference ? new ReferenceEvaluator(rules) : new CompiledEvaluator(rules);
        Strategies = new StrategySelector(rules.Strategies.Rules);
        _points = rules.Scoring.Rules.Select(r => r.Points).ToArray();
        _constantPoints = _points.Select(p => p.IsConstant ? Points.Constant(p) : double.NaN).ToArray();
        _temperatureRules = rules.Temperature.Rules.ToArray();
        _scratch = new ThreadLocal<Scratch>(NewScratch);
    }

    public RuleSet Rules { get; }

    public StrategySelector Strategies { get; }

    public Scratch ThreadScratch => _scratch.Value!;

    private Scratch NewScratch() => new(Rules);

    public Assessment Assess(Lead? lead, DateTimeOffset asOf, Scratch scratch)
    {
        var error = LeadCheck.Check(lead);
        if (error is not null)
        {
            return Assessment.Failed(this, string.IsNullOrWhiteSpace(lead?.Id) ? null : lead!.Id, asOf, error);
        }

        List<string>? warnings = null;
        error = scratch.Profile.Load(lead!, asOf, _unknownTypes, ref warnings);
        if (error is not null)
        {
            return Assessment.Failed(this, lead!.Id, asOf, error);
        }

        Rules.AttributeReads.Warn(lead!, ref warnings);
        try
        {
            return Evaluate(lead!, asOf, scratch, warnings);
        }
        catch (RuleFailure failure)
        {
            return Assessment.Failed(this, lead!.Id, asOf, failure.Message);
        }
    }

    /// <summary>
    /// Recomputes the points of the scoring rules that held: the evaluation is pure, so this gives what scoring saw.
    /// Uses the thread's scratch, which no assessment on this thread is using while this runs.
    /// </summary>
    public IReadOnlyList<Reason> Reasons(Lead lead, DateTimeOffset asOf, RuleBits held)
    {
        var scratch = ThreadScratch;
        List<string>? ignored = null;
        scratch.Profile.Load(lead, asOf, UnknownTypePolicy.Ignore, ref ignored);
        var reasons = new List<Reason>();
        var rules = Rules.Scoring.Rules;
        for (var i = 0; i < rules.Count; i++)
        {
            if (held[i])
            {
                reasons.Add(new Reason(rules[i].Name, Points.Of(rules[i].Points, scratch.Profile)));
            }
        }

        return reasons;
    }

    private Assessment Evaluate(Lead lead, DateTimeOffset asOf, Scratch scratch, List<string>? warnings)
    {
        var profile = scratch.Profile;
        _evaluator.Scoring(profile, scratch.Scoring);
        var score = 0.0;
        for (var i = 0; i < _points.Length; i++)
        {
            if (scratch.Scoring[i])
            {
                var constant = _constantPoints[i];
                score += double.IsNaN(constant) ? Points.Of(_points[i], profile) : constant;
            }
        }

        score = Formatting.Round(score);
        _evaluator.Temperature(profile, score, scratch.Temperature);
        var decided = Array.IndexOf(scratch.Temperature, true);
        var temperature = decided < 0 ? Temperature.Cold : _temperatureRules[decided].Temperature;
        var owner = decided < 0 ? Owner.Marketing : _temperatureRules[decided].Owner;

        _evaluator.Strategies(profile, score, TemperatureNames[(int)temperature], scratch.Strategies);
        Strategies.Select(scratch.Strategies, scratch.Selected, temperature, lead, asOf);

        return new Assessment(
            this,
            lead,
            asOf,
            new AssessmentFacts(temperature, score, owner, decided, RuleBits.From(scratch.Scoring, _points.Length), RuleBits.From(scratch.Selected, scratch.Selected.Length)),
            warnings?.ToArray());
    }
}
