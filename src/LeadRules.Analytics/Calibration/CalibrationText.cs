using System;
using System.IO;
using System.Linq;
using LeadRules.Analytics.Backtest;
using LeadRules.Analytics.Backtest.Output;

namespace LeadRules.Analytics.Calibration;

/// <summary>Writes a <see cref="CalibrationResult"/> as plain tables: the holdout comparison, the thresholds and every rule's evidence.</summary>
public static class CalibrationText
{
    /// <summary>Writes <paramref name="result"/> to <paramref name="writer"/>.</summary>
    /// <param name="result">The calibration to write.</param>
    /// <param name="writer">Where to write; left open.</param>
    public static void Write(CalibrationResult result, TextWriter writer)
    {
        if (result is null || writer is null)
        {
            throw new ArgumentNullException(result is null ? nameof(result) : nameof(writer));
        }

        var holdout = result.Holdout;
        writer.WriteLine($"Calibrated {holdout.Base.RuleSet} into {holdout.Calibrated.RuleSet}");
        writer.WriteLine($"Training: {Figures.Count(result.TrainingBaseRate.Of)} leads, {Figures.Percent(result.TrainingBaseRate.Value)} converted; holdout: {Figures.Count(holdout.Base.Leads)} leads; {Figures.Count(result.Failed)} could not be scored.");
        writer.WriteLine();
        writer.WriteLine("On the holdout");
        var table = new TextTable(string.Empty, "base", "calibrated");
        table.Add("AUC", AucText(holdout.Base.Auc), AucText(holdout.Calibrated.Auc));
        for (var t = 0; t < holdout.Base.Temperatures.Count; t++)
        {
            var (before, after) = (holdout.Base.Temperatures[t], holdout.Calibrated.Temperatures[t]);
            table.Add(before.Name, Segment(before), Segment(after));
        }

        table.Add("rises cold < warm < qualified", YesNo(holdout.Base.ConversionRisesWithTemperature), YesNo(holdout.Calibrated.ConversionRisesWithTemperature));
        table.Write(writer);
        writer.WriteLine($"Ceiling: a plain logistic regression over the same features has a holdout AUC of {AucText(holdout.PlainAuc)}.");
        writer.WriteLine();
        var thresholds = result.Thresholds;
        writer.WriteLine($"Temperatures: qualified from score {Figures.Score(thresholds.Qualified)}, warm from {Figures.Score(thresholds.Warm)} (set on the training split; qualified {(thresholds.MeetsTargetLift ? "meets" : "misses")} the target lift).");
        writer.WriteLine();
        writer.WriteLine("Rules (coefficient: log-odds with its 95% interval; points: scorecard points)");
        var rules = new TextTable("rule", "proposed", ">held", ">conversion", ">lift", ">coefficient", "interval", ">points", "verdict");
        foreach (var rule in result.Rules)
        {
            rules.Add(
                rule.Name,
                rule.Proposed ? "yes" : string.Empty,
                Figures.Count(rule.LeadsHeld),
                Figures.Percent(rule.ConversionWhenHeld.Value),
                Figures.Lift(rule.Lift),
                Figures.Fixed(rule.Coefficient, 3),
                double.IsNaN(rule.Lower) ? Figures.Undefined : $"{Figures.Fixed(rule.Lower, 3)} to {Figures.Fixed(rule.Upper, 3)}",
                Points(rule),
                rule.Verdict.ToString());
        }

        rules.Write(writer);
    }

    private static string AucText(Auc auc) => $"{Figures.Fixed(auc.Value, 3)} ({Figures.Fixed(auc.Lower, 3)} to {Figures.Fixed(auc.Upper, 3)})";

    private static string Segment(Segment segment) => $"{Figures.Count(segment.Leads)} at {Figures.Percent(segment.Conversion.Value)}";

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string Points(CalibratedRule rule) =>
        rule.Points is { } points ? Figures.Score(points)
        : rule.PointsEach is { } each ? $"{Figures.Score(each)} each" + (rule.Cap is { } cap ? $", cap {Figures.Score(cap)}" : string.Empty)
        : "none";
}
