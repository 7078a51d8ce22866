using System;
using System.Collections.Generic;
using System.Linq;
using LeadRules.Analytics.Backtest.Statistics;

namespace LeadRules.Analytics.Calibration;

/// <summary>
/// Turns the fit into points: rules held for too few leads are left out, rules whose 95% interval crosses zero are
/// dropped and the rest refitted until every interval clears zero; each coefficient is scaled so that
/// <see cref="CalibrationOptions.PointsToDoubleOdds"/> points double the odds, and rounded to a whole number.
/// </summary>
internal sealed class Scorecard
{
    private const int MaxRefits = 10;

    private Scorecard(IReadOnlyList<CalibratedRule> rules, double[] weights, LogisticModel plain)
    {
        Rules = rules;
        Weights = weights;
        Plain = plain;
    }

    public IReadOnlyList<CalibratedRule> Rules { get; }

    /// <summary>Each column's new points per unit of its feature (0 for a rule without points).</summary>
    public double[] Weights { get; }

    /// <summary>The plain model: every column, nothing dropped, nothing rounded.</summary>
    public LogisticModel Plain { get; }

    public static Scorecard Build(FeatureTable training, IReadOnlyList<Candidate> candidates, CalibrationOptions options)
    {
        var columns = candidates.Count;
        var held = Enumerable.Range(0, columns).Select(training.Held).ToArray();
        var baseRate = WilsonInterval.Of(training.ConvertedCount, training.Rows);
        var plain = LogisticFit.Fit(training, Enumerable.Range(0, columns).ToArray(), options.Regularisation);
        var active = Enumerable.Range(0, columns).Where(c => held[c].Held >= options.MinLeads && training.Rows - held[c].Held >= options.MinLeads).ToList();
        var decided = new Dictionary<int, (LogisticModel Model, int Index)>();
        var dropped = new HashSet<int>();
        for (var round = 0; round < MaxRefits; round++)
        {
            var model = LogisticFit.Fit(training, active.ToArray(), options.Regularisation);
            var thin = new List<int>();
            for (var i = 0; i < active.Count; i++)
            {
                decided[active[i]] = (model, i);
                if (model.Lower(i) <= 0 && model.Upper(i) >= 0)
                {
                    thin.Add(active[i]);
                }
            }

            if (thin.Count == 0)
            {
                break;
            }

            dropped.UnionWith(thin);
            active = active.Except(thin).ToList();
        }

        var weights = new double[columns];
        var rules = new CalibratedRule[columns];
        for (var c = 0; c < columns; c++)
        {
            var candidate = candidates[c];
            var when = WilsonInterval.Of(held[c].Converted, held[c].Held);
            var rule = new CalibratedRule(candidate.Name, candidate.Expression, candidate.BaseRule is null, candidate.BaseRule?.Type, candidate.BaseRule?.HalfLifeDays, when, Lift.Of(when, baseRate));
            rules[c] = decided.TryGetValue(c, out var fit) ? Scaled(rule, candidate, fit.Model, fit.Index, dropped.Contains(c), options, out weights[c]) : Copy(rule, CalibrationVerdict.TooFewLeads, null);
        }

        return new Scorecard(rules, weights, plain);
    }

    private static CalibratedRule Scaled(CalibratedRule rule, Candidate candidate, LogisticModel model, int i, bool thin, CalibrationOptions options, out double weight)
    {
        var coefficient = model.Coefficients[i];
        var points = Math.Round(coefficient * options.PointsToDoubleOdds / Math.Log(2), MidpointRounding.AwayFromZero);
        var verdict = thin ? CalibrationVerdict.ThinEvidence
            : points == 0 ? CalibrationVerdict.RoundsToZero
            : candidate.NegativeGroup ? (coefficient < 0 ? CalibrationVerdict.SignKept : CalibrationVerdict.SignFlipped)
            : CalibrationVerdict.Fitted;
        var gets = verdict is CalibrationVerdict.Fitted or CalibrationVerdict.SignKept or CalibrationVerdict.SignFlipped;
        weight = gets ? points : 0;
        var each = candidate.BaseRule?.PointsEach;
        var cap = each is { } e && candidate.BaseRule!.Cap is { } oldCap
            ? Math.Max(Math.Abs(points), Math.Round(Math.Abs(points) * oldCap / Math.Abs(e), MidpointRounding.AwayFromZero))
            : (double?)null;
        var result = Copy(rule, verdict, model, i);
        return !gets ? result
            : each is null ? Copy(result, verdict, model, i, points: points)
            : Copy(result, verdict, model, i, pointsEach: points, cap: cap);
    }

    private static CalibratedRule Copy(CalibratedRule rule, CalibrationVerdict verdict, LogisticModel? model, int i = 0, double? points = null, double? pointsEach = null, double? cap = null) =>
        new(rule.Name, rule.Expression, rule.Proposed, rule.Type, rule.HalfLifeDays, rule.ConversionWhenHeld, rule.Lift)
        {
            Verdict = verdict,
            Coefficient = model?.Coefficients[i] ?? double.NaN,
            Lower = model?.Lower(i) ?? double.NaN,
            Upper = model?.Upper(i) ?? double.NaN,
            Points = points,
            PointsEach = pointsEach,
            Cap = cap,
        };
}
