using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using LeadRules.Analytics.Backtest;

namespace LeadRules.Analytics.Report;

/// <summary>The tables of the balance section: per team its leads, conversion and work; per strategy how often it was recommended.</summary>
internal static class StrategiesTable
{
    public static void WriteBalance(TextWriter writer, BacktestResult result)
    {
        var table = Table.Open(writer, "Teams", ("Team", false), ("Leads owned", true), ("Share", true), ("Conversion (95% interval)", true),
            ("Lift", true), ("Strategies due", true), ("Due per lead owned", true));
        foreach (var w in result.Workloads)
        {
            var owned = result.Owners.FirstOrDefault(o => o.Name == w.Owner);
            var perLead = w.LeadsOwned == 0 ? double.NaN : (double)w.StrategiesDue / w.LeadsOwned;
            table.Row(null, Html.Escape(w.Owner), Html.Count(w.LeadsOwned), owned is null ? Html.NotAvailable : Html.Percent(owned.Share),
                owned is null ? Html.NotAvailable : Html.RateWithInterval(owned.Conversion), owned is null ? Html.NotAvailable : Html.Lift(owned.Lift),
                Html.Count(w.StrategiesDue), Html.Number(perLead));
        }

        if (result.Workloads.Count == 0)
        {
            table.Note("No teams.");
        }

        table.Close();
    }

    /// <summary>Every strategy, most recommended first (rule-file order among equals), with a bar of its share.</summary>
    public static void WriteUsage(TextWriter writer, IReadOnlyList<StrategyUsage> strategies)
    {
        var total = strategies.Sum(s => s.Recommended);
        var largest = strategies.Count == 0 ? 0 : strategies.Max(s => s.Recommended);
        var table = Table.Open(writer, "Strategies recommended", ("Strategy", false), ("Owner", false), ("Recommended", true),
            ("Share", true), ("", false));
        foreach (var s in strategies.OrderByDescending(s => s.Recommended))
        {
            var width = largest == 0 ? 0 : 160.0 * s.Recommended / largest;
            var bar = $"<span class=\"bar {BalanceSection.BarClass(s.Owner)}\" style=\"width: {width.ToString("0.#", CultureInfo.InvariantCulture)}px\"></span>";
            table.Row(s.Recommended == 0 ? "unused" : null, $"<code>{Html.Escape(s.Strategy)}</code>", Html.Escape(s.Owner),
                Html.Count(s.Recommended), Html.Percent(total == 0 ? double.NaN : (double)s.Recommended / total), bar);
        }

        if (strategies.Count == 0)
        {
            table.Note("The rule set has no strategies.");
        }

        table.Close();
    }
}
