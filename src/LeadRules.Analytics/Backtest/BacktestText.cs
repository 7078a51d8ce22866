using System;
using System.Globalization;
using System.IO;
using System.Linq;
using LeadRules.Analytics.Backtest.Output;

namespace LeadRules.Analytics.Backtest;

/// <summary>Writes a backtest as plain text with aligned tables, for a sales manager to read in a terminal or an email.</summary>
public static class BacktestText
{
    /// <summary>
    /// Writes <paramref name="result"/>: the base rate; conversion per temperature and per owner with 95% intervals and
    /// lift; whether conversion rises with temperature; the AUC; the deciles; the scoring rules (flagged ones marked
    /// <c>!</c>) and temperature rules; the strategies; the balance between marketing and sales; and a warning for every
    /// recency rule that undated contact points kept from firing. Numbers are written in the invariant culture.
    /// </summary>
    /// <param name="result">The backtest to write.</param>
    /// <param name="writer">Where to write; left open.</param>
    public static void Write(BacktestResult result, TextWriter writer)
    {
        if (result is null || writer is null)
        {
            throw new ArgumentNullException(result is null ? nameof(result) : nameof(writer));
        }

        var stamp = result.RuleSet;
        writer.WriteLine($"Backtest of rule set {stamp.Name} {stamp.Version} ({stamp.Hash.Substring(0, 12)}) as of {AsOf(result.AsOf)}");
        writer.WriteLine($"{Figures.Count(result.Leads)} leads scored; {Figures.Count(result.Failed)} could not be scored and are left out of every figure.");
        var baseRate = result.BaseRate;
        writer.WriteLine($"Base rate: {Figures.Percent(baseRate.Value)} converted ({Figures.Count(baseRate.Hits)} of {Figures.Count(baseRate.Of)}; 95% interval {Figures.Interval(baseRate)})");
        BacktestTextSections.Segments(writer, "By temperature", "temperature", result.Temperatures);
        writer.WriteLine(Verdict(result));
        BacktestTextSections.Segments(writer, "By owner", "owner", result.Owners);
        writer.WriteLine();
        writer.WriteLine(AucLine(result.Auc));
        BacktestTextSections.Deciles(writer, result.Deciles);
        BacktestTextSections.ScoringRules(writer, result.ScoringRules);
        BacktestTextSections.TemperatureRules(writer, result.TemperatureRules);
        BacktestTextSections.Strategies(writer, result.Strategies);
        writer.WriteLine();
        writer.WriteLine(BalanceLine(result));
        var undated = result.UndatedRecency.Where(u => u.Leads > 0).ToArray();
        if (undated.Length > 0)
        {
            writer.WriteLine();
            writer.WriteLine("Undated contact points");
            foreach (var u in undated)
            {
                writer.WriteLine($"{u.Workflow}/{u.Rule}: {Figures.Count(u.Leads)} leads have no dated contact points of the types this rule asks the age of, so this rule could not fire for them; give the points a date or an age (a mapping's \"Time\", or \"at\" in NDJSON).");
            }
        }
    }

    /// <summary>The as-of time in ISO 8601: UTC with a Z, any other offset as written.</summary>
    internal static string AsOf(DateTimeOffset asOf) => asOf.Offset == TimeSpan.Zero
        ? asOf.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
        : asOf.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    /// <summary>"Conversion rises cold &lt; warm &lt; qualified: yes (...)", with each temperature's conversion.</summary>
    internal static string Verdict(BacktestResult result)
    {
        var held = result.Temperatures.Where(s => s.Leads > 0).ToArray();
        var empty = result.Temperatures.Where(s => s.Leads == 0).Select(s => s.Name).ToArray();
        var rates = string.Join(result.ConversionRisesWithTemperature ? " < " : ", ", held.Select(s => $"{s.Name} {Figures.Percent(s.Conversion.Value)}"));
        var detail = held.Length < 2
            ? (held.Length == 0 ? "no leads were scored" : $"only {rates} holds leads")
            : rates + (empty.Length > 0 ? $"; no {string.Join(" or ", empty)} leads" : string.Empty);
        return $"Conversion rises cold < warm < qualified: {(result.ConversionRisesWithTemperature ? "yes" : "no")} ({detail})";
    }

    /// <summary>"AUC 0.812 (95% interval 0.683 to 0.941): ...", or why there is none.</summary>
    internal static string AucLine(Auc auc) => double.IsNaN(auc.Value)
        ? "AUC: n/a (it needs both converted leads and leads that did not convert)"
        : $"AUC {Figures.Fixed(auc.Value, 3)} (95% interval {Figures.Fixed(auc.Lower, 3)} to {Figures.Fixed(auc.Upper, 3)}): a converted lead outscores one that did not convert {Figures.Percent(auc.Value)} of the time (0.5: the score does not separate them)";

    /// <summary>"Balance: marketing owns N leads and has M strategies due; sales owns ...".</summary>
    internal static string BalanceLine(BacktestResult result) =>
        "Balance: " + string.Join("; ", result.Workloads.Select(w => $"{w.Owner} owns {Figures.Count(w.LeadsOwned)} leads and has {Figures.Count(w.StrategiesDue)} strategies due"));
}
