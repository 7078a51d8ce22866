using System;
using System.Collections.Generic;
using System.Linq;
using LeadRules.Evaluation;
using LeadRules.Expressions;
using LeadRules.Leads;
using LeadRules.Rules;
using LeadRules.Strategies;

namespace LeadRules;

/// <summary>
/// The front door: assesses leads against a <see cref="RuleSet"/>. Thread-safe; build one and share it.
/// The answer depends only on the lead, the rule set and the as-of time; the clock is never read.
/// </summary>
public sealed class LeadScorer
{
    private static readonly string[] TemperatureNames = { "cold", "warm", "qualified" };

    private readonly IRuleEvaluator _evaluator;
    private readonly UnknownTypePolicy _unknownTypes;

    /// <summary>Builds a scorer, compiling the rule set's workflows for the chosen engine.</summary>
    /// <param name="rules">The rule set; <see cref="RuleSet.Default"/> for the embedded default.</param>
    /// <param name="options">Engine and unknown-type policy; defaults when omitted.</param>
    public LeadScorer(RuleSet rules, LeadScorerOptions? options = null)
    {
        Rules = rules ?? throw new ArgumentNullException(nameof(rules));
        options ??= new LeadScorerOptions();
        _unknownTypes = options.UnknownTypes;
        _evaluator = options.Engine == EvaluationEngine.Reference ? new ReferenceEvaluator(rules) : new CompiledEvaluator(rules);
    }

    /// <summary>The rule set this scorer applies.</summary>
    public RuleSet Rules { get; }

    /// <summary>Assesses one lead as of <paramref name="asOf"/>. Never throws for a bad lead: the assessment carries the error.</summary>
    /// <param name="lead">The lead.</param>
    /// <param name="asOf">The time to assess at: later contact points are not seen, and decay and cool-downs are measured to it.</param>
    public Assessment Assess(Lead lead, DateTimeOffset asOf)
    {
        var warnings = new List<string>();
        var error = LeadCheck.Check(lead, Rules.Vocabulary, _unknownTypes, warnings);
        if (error is not null)
        {
            return Assessment.Failed(string.IsNullOrWhiteSpace(lead?.Id) ? null : lead!.Id, asOf, Rules.Stamp, error);
        }

        try
        {
            return Evaluate(lead!, asOf, warnings);
        }
        catch (RuleFailure failure)
        {
            return Assessment.Failed(lead!.Id, asOf, Rules.Stamp, failure.Message);
        }
    }

    /// <summary>Assesses leads one after another, lazily, one assessment per lead in input order.</summary>
    public IEnumerable<Assessment> AssessMany(IEnumerable<Lead> leads, DateTimeOffset asOf)
    {
        if (leads is null)
        {
            throw new ArgumentNullException(nameof(leads));
        }

        return leads.Select(lead => Assess(lead, asOf));
    }

    private Assessment Evaluate(Lead lead, DateTimeOffset asOf, List<string> warnings)
    {
        var profile = new LeadProfile(Rules.Vocabulary, Rules.Decay);
        profile.Load(lead, asOf);

        var scoring = Rules.Scoring.Rules;
        var held = new bool[scoring.Count];
        _evaluator.Scoring(profile, held);
        var reasons = new List<Reason>();
        var score = 0.0;
        for (var i = 0; i < scoring.Count; i++)
        {
            if (held[i])
            {
                var points = Points.Of(scoring[i].Points, profile);
                reasons.Add(new Reason(scoring[i].Name, points));
                score += points;
            }
        }

        score = Formatting.Round(score);
        var temperatureRules = Rules.Temperature.Rules;
        var temperatureHeld = new bool[temperatureRules.Count];
        _evaluator.Temperature(profile, score, temperatureHeld);
        var decided = Array.IndexOf(temperatureHeld, true);
        var temperature = decided < 0 ? Temperature.Cold : temperatureRules[decided].Temperature;
        var owner = decided < 0 ? Owner.Marketing : temperatureRules[decided].Owner;

        var strategyHeld = new bool[Rules.Strategies.Rules.Count];
        _evaluator.Strategies(profile, score, TemperatureNames[(int)temperature], strategyHeld);
        var recommendations = StrategySelector.Select(Rules.Strategies.Rules, strategyHeld, temperature, lead, asOf);

        return new Assessment(
            lead.Id,
            asOf,
            Rules.Stamp,
            temperature,
            score,
            owner,
            decided < 0 ? null : temperatureRules[decided].Name,
            recommendations,
            reasons,
            warnings.Count == 0 ? Array.Empty<string>() : warnings.ToArray());
    }
}
