using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LeadRules.Analytics.Backtest;

namespace LeadRules.Analytics.Report;

/// <summary>The score distribution: per score bin, the share of converted and of not converted leads that scored in it.</summary>
internal static class ScoreDistributionSection
{
    private const double Width = 940, Height = 300, Left = 56, Right = 915, Top = 40, Bottom = 250;

    public static void Write(BacktestResult result, TextWriter writer)
    {
        BacktestReport.OpenSection(writer, "score-distribution", "Score distribution",
            "Where converted and not converted leads scored, each as a share of its own group. A good score puts the green bars to the right of the grey ones.");
        var bins = result.ScoreDistribution;
        var converted = bins.Sum(b => b.Converted);
        var notConverted = bins.Sum(b => b.NotConverted);
        var axis = Axis.For(bins.Count == 0 ? 0 : bins.Max(b => Math.Max(Share(b.Converted, converted), Share(b.NotConverted, notConverted))));
        var svg = Svg.Open(writer, "score-distribution", Width, Height, "Score distribution of converted and not converted leads");
        svg.Swatch("converted", Left, 8, 12);
        svg.Label("tick", Left + 18, 18, "start", $"Converted ({Html.Count(converted)})");
        svg.Swatch("not-converted", Left + 170, 8, 12);
        svg.Label("tick", Left + 188, 18, "start", $"Not converted ({Html.Count(notConverted)})");
        axis.DrawVertical(svg, Left, Right, Top, Bottom, Html.PercentTick);
        svg.Label("axis-title", (Left + Right) / 2, Height - 8, "middle", "Score");
        var group = bins.Count == 0 ? 0 : (Right - Left) / bins.Count;
        var every = (int)Math.Ceiling(bins.Count / 12.0);
        for (var i = 0; i < bins.Count; i++)
        {
            var b = bins[i];
            var x = Left + (i * group);
            var range = $"scores {Html.Number(b.From)} to {Html.Number(b.To)}";
            DrawBar(svg, axis, "converted", x + (group * 0.1), group * 0.4, Share(b.Converted, converted), $"{range}: {Html.Count(b.Converted)} converted");
            DrawBar(svg, axis, "not-converted", x + (group * 0.5), group * 0.4, Share(b.NotConverted, notConverted), $"{range}: {Html.Count(b.NotConverted)} not converted");
            if (i % every == 0)
            {
                svg.Label("tick", x, Bottom + 16, "middle", Html.Number(b.From));
            }
        }

        if (bins.Count == 0)
        {
            svg.Label("none", (Left + Right) / 2, (Top + Bottom) / 2, "middle", "No scored leads");
        }
        else
        {
            svg.Label("tick", Right, Bottom + 16, "middle", Html.Number(bins[bins.Count - 1].To));
        }

        svg.Close();
        WriteTable(writer, bins, converted, notConverted);
        BacktestReport.CloseSection(writer);
    }

    private static void DrawBar(Svg svg, Axis axis, string series, double x, double width, double share, string tooltip)
    {
        var height = axis.Scale(share, Bottom - Top);
        svg.Bar(series, series, x, Bottom - height, width, height, $"{tooltip} ({Html.Percent(share)} of the group)");
    }

    private static double Share(long count, long of) => of == 0 ? double.NaN : (double)count / of;

    private static void WriteTable(TextWriter writer, IReadOnlyList<ScoreBin> bins, long converted, long notConverted)
    {
        var table = Table.Open(writer, "Score bins", ("Score from", true), ("Score to", true), ("Converted", true), ("Share of converted", true),
            ("Not converted", true), ("Share of not converted", true), ("Conversion", true));
        foreach (var b in bins)
        {
            var total = b.Converted + b.NotConverted;
            table.Row(null, Html.Number(b.From), Html.Number(b.To), Html.Count(b.Converted), Html.Percent(Share(b.Converted, converted)),
                Html.Count(b.NotConverted), Html.Percent(Share(b.NotConverted, notConverted)), Html.Percent(Share(b.Converted, total)));
        }

        if (bins.Count == 0)
        {
            table.Note("No scored leads.");
        }

        table.Close();
    }
}
