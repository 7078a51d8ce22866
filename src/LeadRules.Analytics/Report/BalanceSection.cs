using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LeadRules.Analytics.Backtest;

namespace LeadRules.Analytics.Report;

/// <summary>The balance between marketing and sales: each team's share of the leads and of the strategies due, then the strategies used.</summary>
internal static class BalanceSection
{
    private const double Width = 940, Top = 34, RowHeight = 68, BarHeight = 30, BarLeft = 150, BarRight = 930;

    public static void Write(BacktestResult result, TextWriter writer)
    {
        BacktestReport.OpenSection(writer, "balance", "Balance between marketing and sales",
            "Who owns the leads and who must act on them. A team with most of the work and few leads, or the other way round, is the side to staff.");
        var workloads = result.Workloads;
        var svg = Svg.Open(writer, "balance", Width, Top + (2 * RowHeight), "Leads owned and strategies due per team");
        var x = BarLeft;
        foreach (var w in workloads)
        {
            svg.Swatch(BarClass(w.Owner), x, 6, 12);
            svg.Label("tick", x + 18, 16, "start", Html.Escape(w.Owner));
            x += 130;
        }

        DrawRow(svg, workloads, "leads", "Leads owned", w => w.LeadsOwned, Top);
        DrawRow(svg, workloads, "strategies", "Strategies due", w => w.StrategiesDue, Top + RowHeight);
        svg.Close();
        StrategiesTable.WriteBalance(writer, result);
        StrategiesTable.WriteUsage(writer, result.Strategies);
        BacktestReport.CloseSection(writer);
    }

    /// <summary>The CSS class of a team's colour.</summary>
    internal static string BarClass(string owner) => owner switch
    {
        "marketing" => "marketing",
        "sales" => "sales",
        _ => "other",
    };

    private static void DrawRow(Svg svg, IReadOnlyList<Workload> workloads, string mark, string title, Func<Workload, long> measure, double y)
    {
        var total = workloads.Sum(measure);
        svg.Label("value", BarLeft - 12, y + 20, "end", title);
        var x = BarLeft;
        for (var i = 0; i < workloads.Count; i++)
        {
            var w = workloads[i];
            var count = measure(w);
            var share = total == 0 ? double.NaN : (double)count / total;
            var length = total == 0 ? 0 : share * (BarRight - BarLeft);
            var owner = Html.Escape(w.Owner);
            svg.Bar(mark, BarClass(w.Owner), x, y, length, BarHeight, $"{owner}: {Html.Count(count)} {title.ToLowerInvariant()} ({Html.Percent(share)})");
            if (length > 56)
            {
                svg.Label("inside", x + (length / 2), y + 20, "middle", Html.Percent(share));
            }

            var last = i == workloads.Count - 1 && i > 0;
            svg.Label("tick", last ? BarRight : x, y + BarHeight + 16, last ? "end" : "start", $"{owner}: {Html.Count(count)} ({Html.Percent(share)})");
            x += length;
        }

        if (total == 0)
        {
            svg.Label("none", BarLeft + 8, y + 20, "start", "none");
        }
    }
}
