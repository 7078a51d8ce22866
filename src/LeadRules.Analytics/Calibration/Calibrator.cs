using System;
using System.Collections.Generic;
using System.Linq;
using LeadRules.Analytics.Backtest;
using LeadRules.Analytics.Backtest.Statistics;
using LeadRules.Leads;
using LeadRules.Rules;

namespace LeadRules.Analytics.Calibration;

/// <summary>
/// Calibrates a rule set on leads whose outcome is known, credit-scorecard style: a penalised logistic regression over
/// which scoring rules held (and which proposed rules would), turned into whole points, with temperature thresholds
/// from the training split and a comparison with the base rule set on a holdout.
/// </summary>
public static class Calibrator
{
    /// <summary>Calibrates <paramref name="baseRules"/> on <paramref name="leads"/>, read once, in order.</summary>
    /// <param name="baseRules">The rule set to calibrate: its scoring rules are the features, its strategies are kept.</param>
    /// <param name="leads">The leads with whether each converted.</param>
    /// <param name="asOf">The time to assess the leads at.</param>
    /// <param name="options">The split, the proposals and the scale; defaults when omitted.</param>
    /// <returns>The new rule file and rule set, the evidence for every rule, the thresholds and the holdout comparison.</returns>
    /// <exception cref="ArgumentException">An entry has no lead, or an option is out of range.</exception>
    public static CalibrationResult Calibrate(RuleSet baseRules, IEnumerable<(Lead Lead, bool Converted)> leads, DateTimeOffset asOf, CalibrationOptions? options = null)
    {
        if (baseRules is null || leads is null)
        {
            throw new ArgumentNullException(baseRules is null ? nameof(baseRules) : nameof(leads));
        }

        options ??= new CalibrationOptions();
        options.Validate();
        var parts = RuleFileParts.Of(baseRules);
        var split = new HoldoutSplit(options.Seed, options.Holdout);
        using var input = leads.GetEnumerator();
        long index = 0;
        var buffered = new List<(Lead Lead, bool Converted)>();
        var discovery = new List<Lead>();
        while (discovery.Count < options.DiscoveryLeads && Next(out var entry))
        {
            buffered.Add(entry);
            if (!split.IsHoldout(entry.Lead.Id ?? string.Empty))
            {
                discovery.Add(entry.Lead);
            }
        }

        var candidates = baseRules.Rules.Where(r => r.Workflow == WorkflowNames.Scoring)
            .Select(r => Candidate.OfBase(r, parts.ScoringRules.First(t => t.Name == r.Name).Expression, baseRules.Vocabulary))
            .Concat(CandidateFinder.Find(parts, baseRules.Vocabulary, discovery, asOf, options))
            .ToArray();
        discovery.Clear();
        var probe = RuleSet.Parse(CalibratedFile.Probe(parts, candidates), baseRules.Source + " (calibration probe)");
        var reader = new FeatureReader(probe, candidates, asOf, split);
        foreach (var (lead, converted) in buffered)
        {
            reader.Add(lead, converted, reader.IsHoldout(lead));
        }

        buffered.Clear();
        while (Next(out var entry))
        {
            reader.Add(entry.Lead, entry.Converted, reader.IsHoldout(entry.Lead));
        }

        reader.Flush();
        return Result(baseRules, parts, candidates, reader, asOf, options);

        bool Next(out (Lead Lead, bool Converted) entry)
        {
            if (!input.MoveNext())
            {
                entry = default;
                return false;
            }

            entry = input.Current.Lead is null
                ? throw new ArgumentException($"Entry {index} of the leads has no lead (it is null); give every entry a lead.", nameof(leads))
                : input.Current;
            index++;
            return true;
        }
    }

    private static CalibrationResult Result(RuleSet baseRules, RuleFileParts parts, Candidate[] candidates, FeatureReader reader, DateTimeOffset asOf, CalibrationOptions options)
    {
        var training = reader.Training;
        var card = Scorecard.Build(training, candidates, options);
        if (!card.Rules.Any(r => r.HasPoints))
        {
            throw new ArgumentException(
                $"No rule earned points on {training.Rows:N0} training leads ({training.ConvertedCount:N0} converted): the evidence is too thin to calibrate. Calibrate on more history.",
                "leads");
        }
        var scores = training.Scores(card.Weights).Select(s => Math.Round(s, 2)).ToArray();
        var eligible = options.MultiTouchQualified ? (Func<int, bool>)training.MultiTouch : _ => true;
        var (qualified, warm, meets) = ThresholdFinder.Find(scores, training.Converted, eligible, options.TargetLift, options.MinLeads);
        var tally = new ConversionTally(3);
        for (var row = 0; row < scores.Length; row++)
        {
            tally.Add(scores[row] >= qualified && eligible(row) ? 2 : scores[row] >= warm ? 1 : 0, training.Converted(row));
        }

        var baseRate = WilsonInterval.Of(training.ConvertedCount, training.Rows);
        var segments = tally.Segments(new[] { "cold", "warm", "qualified" }, baseRate);
        var thresholds = new CalibrationThresholds(qualified, warm, meets, segments, RateComparison.RisesStrictly(segments));
        var text = CalibratedFile.Write(parts, card.Rules, thresholds, training.Rows, baseRate.Value, asOf, options);
        var calibrated = RuleSet.Parse(text, baseRules.Source + " (calibrated)");
        var plainScores = reader.Holdout.Scores(card.Plain.Weights(candidates.Length));
        var histogram = new ScoreHistogram();
        for (var row = 0; row < plainScores.Length; row++)
        {
            histogram.Add(plainScores[row], reader.Holdout.Converted(row));
        }

        var holdout = new HoldoutComparison(
            Backtest.Backtest.Run(new LeadScorer(baseRules), reader.HoldoutLeads, asOf),
            Backtest.Backtest.Run(new LeadScorer(calibrated), reader.HoldoutLeads, asOf),
            AucStatistic.Compute(histogram.Ascending()));
        return new CalibrationResult(text, calibrated, card.Rules, thresholds, holdout, baseRate, reader.Failed);
    }
}
