using System;
using System.IO;
using LeadRules.Analytics.Backtest;
using LeadRules.Analytics.Report;

namespace LeadRules.Analytics.Diff.Report;

/// <summary>Both backtests' headline figures side by side: how each rule set separates the leads whose outcome is known.</summary>
internal static class BacktestsSection
{
    public static void Write(BacktestResult backtest, BacktestResult against, TextWriter writer)
    {
        BacktestReport.OpenSection(writer, "backtests", "Backtests side by side",
            "How each rule set separates the leads whose outcome is known: against on the left of each arrow, new on the right.");
        writer.Write("<div class=\"cards\" data-backtests=\"both\">\n");
        DiffHeaderSection.Card(writer, "AUC", Pair(Html.Fixed(against.Auc.Value), Html.Fixed(backtest.Auc.Value)), null,
            $"95%: {Html.AucInterval(against.Auc)} &#8594; {Html.AucInterval(backtest.Auc)}");
        DiffHeaderSection.Card(writer, "Conversion rises", Pair(YesNo(against.ConversionRisesWithTemperature), YesNo(backtest.ConversionRisesWithTemperature)),
            backtest.ConversionRisesWithTemperature ? null : "bad", "cold &lt; warm &lt; qualified");
        var last = backtest.Temperatures.Count - 1;
        DiffHeaderSection.Card(writer, $"{Html.Escape(backtest.Temperatures[last].Name)} conversion",
            Pair(Html.Percent(against.Temperatures[last].Conversion.Value), Html.Percent(backtest.Temperatures[last].Conversion.Value)), null,
            $"{Html.Count(against.Temperatures[last].Leads)} &#8594; {Html.Count(backtest.Temperatures[last].Leads)} leads");
        DiffHeaderSection.Card(writer, "Base rate", Html.Percent(backtest.BaseRate.Value), null, $"{Html.Count(backtest.Leads)} leads with an outcome");
        writer.Write("</div>\n");
        var table = Table.Open(writer, "Headline figures", ("Figure", false), ("Against", true), ("New", true));
        table.Row(null, "Leads with an outcome", Html.Count(against.Leads), Html.Count(backtest.Leads));
        table.Row(null, "Base rate", Html.RateWithInterval(against.BaseRate), Html.RateWithInterval(backtest.BaseRate));
        table.Row(null, "AUC", Html.Fixed(against.Auc.Value), Html.Fixed(backtest.Auc.Value));
        for (var i = 0; i < Math.Min(backtest.Temperatures.Count, against.Temperatures.Count); i++)
        {
            var (a, n) = (against.Temperatures[i], backtest.Temperatures[i]);
            table.Row(null, $"{Html.Escape(n.Name)}: leads", Html.Count(a.Leads), Html.Count(n.Leads));
            table.Row(null, $"{Html.Escape(n.Name)}: conversion", Html.RateWithInterval(a.Conversion), Html.RateWithInterval(n.Conversion));
        }

        for (var i = 0; i < Math.Min(backtest.Workloads.Count, against.Workloads.Count); i++)
        {
            var (a, n) = (against.Workloads[i], backtest.Workloads[i]);
            table.Row(null, $"{Html.Escape(n.Owner)}: leads owned, strategies due", $"{Html.Count(a.LeadsOwned)}, {Html.Count(a.StrategiesDue)}",
                $"{Html.Count(n.LeadsOwned)}, {Html.Count(n.StrategiesDue)}");
        }

        table.Close();
        BacktestReport.CloseSection(writer);
    }

    private static string Pair(string against, string backtest) => $"{against} <span class=\"arrow\">&#8594;</span> {backtest}";

    private static string YesNo(bool value) => value ? "yes" : "no";
}
