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
/// policy. Assesses one lead into one compact <see cref="Assessment"/>: the points of the held rules and the ranked
/// strategies are kept as scoring finds them, and expanded into reasons and recommendations only when read.
/// </summary>
internal sealed class AssessmentPlan
{
    private static readonly string[] TemperatureNames = { "cold", "warm", "qualified" };

    private readonly IRuleEvaluator _evaluator;
    private readonly ScoringPoints[] _points;
    private readonly double[] _constantPoints;
    private readonly SharedLists<Reason> _sharedReasons = new();
    private readonly string[] _names;
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
        _names = rules.Scoring.Rules.Select(r => r.Name).ToArray();
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

    /// <summary>The reasons of the scoring rules that <paramref name="held"/>, from the points scoring kept.</summary>
    public Reason[] Reasons(RuleBits held, double[] varyingPoints)
    {
        var count = held.Count;
        if (count == 0)
        {
            return Array.Empty<Reason>();
        }

        // Which constant rules held decides the whole list when no rule's points vary.
        var constant = varyingPoints.Length == 0 && held.IsSmall;
        if (constant && _sharedReasons.TryGet(held.Low, out var shared))
        {
            return shared;
        }

        var reasons = new Reason[count];
        var walk = HeldReasons(held, varyingPoints);
        for (var n = 0; walk.MoveNext(); n++)
        {
            reasons[n] = new Reason(walk.Name, walk.Points);
        }

        return constant ? _sharedReasons.Keep(held.Low, reasons) : reasons;
    }

    /// <summary>The rules that <paramref name="held"/> with their points, without building reasons.</summary>
    public HeldReasons HeldReasons(RuleBits held, double[] varyingPoints) => new(_names, _constantPoints, held, varyingPoints);

    private Assessment Evaluate(Lead lead, DateTimeOffset asOf, Scratch scratch, List<string>? warnings)
    {
        var profile = scratch.Profile;
        _evaluator.Scoring(profile, scratch.Scoring);
        var score = 0.0;
        var varying = 0;
        ulong low = 0;
        for (var i = 0; i < _points.Length; i++)
        {
            if (scratch.Scoring[i])
            {
                low |= i < 64 ? 1UL << i : 0;
                var points = _constantPoints[i];
                if (double.IsNaN(points))
                {
                    points = Points.Of(_points[i], profile);
                    scratch.Points[varying++] = points;
                }

                score += points;
            }
        }

        score = Formatting.Round(score);
        _evaluator.Temperature(profile, score, scratch.Temperature);
        var decided = Array.IndexOf(scratch.Temperature, true);
        var temperature = decided < 0 ? Temperature.Cold : _temperatureRules[decided].Temperature;
        var owner = decided < 0 ? Owner.Marketing : _temperatureRules[decided].Owner;

        _evaluator.Strategies(profile, score, TemperatureNames[(int)temperature], scratch.Strategies);
        var recommended = Strategies.Select(scratch.Strategies, scratch.Selected, temperature, lead, asOf);

        var varyingPoints = varying == 0 ? Array.Empty<double>() : scratch.Points.AsSpan(0, varying).ToArray();
        var facts = new AssessmentFacts(
            temperature, score, owner, decided, _points.Length <= 64 ? RuleBits.Of(low) : RuleBits.From(scratch.Scoring, _points.Length), varyingPoints, recommended);
        return new Assessment(this, lead.Id, asOf, facts, warnings?.ToArray());
    }
}
