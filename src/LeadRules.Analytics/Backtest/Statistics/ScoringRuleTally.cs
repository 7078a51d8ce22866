using System;
using System.Collections.Generic;
using System.Linq;
using LeadRules.Evaluation;

namespace LeadRules.Analytics.Backtest.Statistics;

/// <summary>Per scoring rule: the leads it held for, how many converted, and the points it gave them. Not thread-safe.</summary>
internal sealed class ScoringRuleTally
{
    private readonly IReadOnlyList<string> _rules;
    private readonly Dictionary<string, int> _slots;
    private readonly ConversionTally _held;
    private readonly double[] _points;

    public ScoringRuleTally(IReadOnlyList<string> rules)
    {
        _rules = rules;
        _slots = rules.Select((rule, slot) => (rule, slot)).ToDictionary(e => e.rule, e => e.slot, StringComparer.Ordinal);
        _held = new ConversionTally(rules.Count);
        _points = new double[rules.Count];
    }

    /// <summary>Counts one scored lead's reasons (the scoring rules that held, with their points).</summary>
    public void Add(HeldReasons reasons, bool converted)
    {
        while (reasons.MoveNext())
        {
            var slot = _slots[reasons.Name];
            _held.Add(slot, converted);
            _points[slot] += reasons.Points;
        }
    }

    /// <summary>Every rule's evidence against <paramref name="all"/>, the conversion of every scored lead.</summary>
    public IReadOnlyList<ScoringRuleEvidence> Evidence(Rate all) => Array.AsReadOnly(_rules
        .Select((rule, slot) =>
        {
            var held = _held.Rate(slot);
            var givesPoints = _points[slot] >= 0;
            return new ScoringRuleEvidence(rule, givesPoints, held, _held.RateOutside(slot, all), Lift.Of(held, all), Flag(givesPoints, held, all));
        })
        .ToArray());

    private static string? Flag(bool givesPoints, Rate held, Rate all) =>
        held.Of == 0 ? ScoringRuleFlags.NeverHeld
        : givesPoints && RateComparison.Compare(held, all) < 0 ? ScoringRuleFlags.GivesPointsConvertsBelowBase
        : !givesPoints && RateComparison.Compare(held, all) > 0 ? ScoringRuleFlags.SubtractsPointsConvertsAboveBase
        : null;
}
