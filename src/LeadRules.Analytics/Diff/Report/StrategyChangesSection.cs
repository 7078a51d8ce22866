using System;
using System.Globalization;
using System.IO;
using System.Linq;
using LeadRules.Analytics.Report;

namespace LeadRules.Analytics.Diff.Report;

/// <summary>The strategies gained and lost: per strategy, a bar to the right for the leads that gain it and one to the left for those that lose it.</summary>
internal static class StrategyChangesSection
{
    private const double Width = 940, Top = 44, Row = 26, NameRight = 250, Centre = 590, Half = 300;

    public static void Write(DiffResult result, TextWriter writer)
    {
        BacktestReport.OpenSection(writer, "strategies", "Strategies gained and lost",
            "How many leads each strategy is recommended for under the new rule set and not under the one compared against (gained, to the right), and the other way round (lost, to the left).");
        var strategies = result.Strategies;
        var largest = strategies.Count == 0 ? 0 : strategies.Max(s => Math.Max(s.Gained, s.Lost));
        var axis = Axis.For(largest);
        var height = Top + (Math.Max(1, strategies.Count) * Row) + 8;
        var svg = Svg.Open(writer, "strategies", Width, height, "Leads gaining and losing each strategy");
        svg.Swatch("lost", Centre - 150, 4, 12);
        svg.Label("tick", Centre - 132, 14, "start", "lost");
        svg.Swatch("gained", Centre + 20, 4, 12);
        svg.Label("tick", Centre + 38, 14, "start", "gained");
        svg.Line("axis", Centre, Top - 6, Centre, height - 4);
        var y = Top;
        foreach (var s in strategies)
        {
            var name = Html.Escape(s.Strategy);
            var lost = axis.Scale(s.Lost, Half - 60);
            var gained = axis.Scale(s.Gained, Half - 60);
            svg.Label("value", NameRight, y + 13, "end", Html.EscapeShort(s.Strategy, 34), name);
            svg.Bar("lost", "lost", Centre - lost, y + 2, lost, Row - 8, $"{name}: lost for {Html.Count(s.Lost)} leads");
            svg.Bar("gained", "gained", Centre, y + 2, gained, Row - 8, $"{name}: gained for {Html.Count(s.Gained)} leads");
            svg.Label("tick", Centre - lost - 6, y + 13, "end", Html.Count(s.Lost));
            svg.Label("tick", Centre + gained + 6, y + 13, "start", Html.Count(s.Gained));
            y += Row;
        }

        if (strategies.Count == 0)
        {
            svg.Label("none", Centre + 8, Top + 13, "start", "Neither rule set has strategies");
        }

        svg.Close();
        WriteTable(writer, result);
        BacktestReport.CloseSection(writer);
    }

    private static void WriteTable(TextWriter writer, DiffResult result)
    {
        var table = Table.Open(writer, "Strategies", ("Strategy", false), ("Owner", false), ("Recommended against", true),
            ("Recommended new", true), ("Gained", true), ("Lost", true), ("Net", true));
        foreach (var s in result.Strategies)
        {
            var net = s.Gained - s.Lost;
            table.Row(s.Gained == 0 && s.Lost == 0 ? "unused" : null, $"<code>{Html.Escape(s.Strategy)}</code>", Html.Escape(s.Owner),
                Html.Count(s.AgainstRecommended), Html.Count(s.Recommended), Html.Count(s.Gained), Html.Count(s.Lost),
                (net > 0 ? "+" : string.Empty) + net.ToString("#,0", CultureInfo.InvariantCulture));
        }

        if (result.Strategies.Count == 0)
        {
            table.Note("Neither rule set has strategies.");
        }

        table.Close();
    }
}
