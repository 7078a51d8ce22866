using System;
using System.IO;
using LeadRules.Analytics.Backtest;
using LeadRules.Analytics.Backtest.Output;
using LeadRules.Analytics.Diff.Output;

namespace LeadRules.Analytics.Diff;

/// <summary>Writes a rule-set diff as plain text with aligned tables, for a person to read in a terminal or an email.</summary>
public static class DiffText
{
    /// <summary>
    /// Writes <paramref name="result"/>: both rule sets; how many leads change temperature and owner; the temperature
    /// transition matrix; the strategies gained and lost; the rules whose firing differs the most; the first moved
    /// leads with both answers; and, when outcomes were known, both backtests' headline figures side by side. The
    /// columns <c>new</c> are the new rule set, <c>against</c> the one compared against. Numbers are written in the
    /// invariant culture.
    /// </summary>
    /// <param name="result">The diff to write.</param>
    /// <param name="writer">Where to write; left open.</param>
    public static void Write(DiffResult result, TextWriter writer)
    {
        if (result is null || writer is null)
        {
            throw new ArgumentNullException(result is null ? nameof(result) : nameof(writer));
        }

        writer.WriteLine($"Diff of rule set {Stamp(result.RuleSet)} (new) against {Stamp(result.AgainstRuleSet)} (against) as of {BacktestText.AsOf(result.AsOf)}");
        writer.WriteLine($"{Figures.Count(result.Leads)} leads scored by both; {Figures.Count(result.Failed)} could not be scored by one or both and are left out of every figure.");
        writer.WriteLine(Summary(result));
        DiffTextSections.Transitions(writer, result);
        DiffTextSections.Strategies(writer, result.Strategies);
        DiffTextSections.Rules(writer, result);
        DiffTextSections.MovedLeads(writer, result);
        if (result.Backtest is { } backtest && result.AgainstBacktest is { } against)
        {
            DiffTextSections.Backtests(writer, backtest, against);
        }
    }

    /// <summary>"name version (hash)".</summary>
    internal static string Stamp(RuleSetStamp stamp) => $"{stamp.Name} {stamp.Version} ({stamp.Hash.Substring(0, Math.Min(12, stamp.Hash.Length))})";

    /// <summary>"N leads (x%) change temperature; sales gains N leads from marketing and hands N back."</summary>
    internal static string Summary(DiffResult result)
    {
        var share = result.Leads == 0 ? double.NaN : (double)result.Moved / result.Leads;
        return $"{Figures.Count(result.Moved)} leads ({Figures.Percent(share)}) change temperature; "
            + $"{Figures.Count(result.ToSales)} move from marketing to sales, {Figures.Count(result.ToMarketing)} from sales to marketing.";
    }
}
