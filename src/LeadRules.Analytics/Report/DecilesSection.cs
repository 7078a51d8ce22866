using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using LeadRules.Analytics.Backtest;

namespace LeadRules.Analytics.Report;

/// <summary>The deciles: the conversion of each tenth of the leads ranked by score, against the base rate.</summary>
internal static class DecilesSection
{
    private const double Width = 940, Height = 320, Left = 56, Right = 915, Top = 40, Bottom = 254;

    public static void Write(BacktestResult result, TextWriter writer)
    {
        BacktestReport.OpenSection(writer, "deciles", "Conversion by score decile",
            "The leads ranked by score and cut into tenths, highest scores first. A good score converts best in decile 1 and falls away to the right of the dashed base rate.");
        var deciles = result.Deciles;
        var baseRate = result.BaseRate.Value;
        var largest = deciles.Select(d => Html.Defined(d.Conversion.Upper) ? d.Conversion.Upper : 0).DefaultIfEmpty(0).Max();
        var axis = Axis.For(Math.Max(largest, Html.Defined(baseRate) ? baseRate : 0));
        var svg = Svg.Open(writer, "deciles", Width, Height, "Conversion rate per score decile against the base rate");
        svg.Swatch("decile", Left, 8, 12);
        svg.Label("tick", Left + 18, 18, "start", "Conversion (whiskers: 95% interval)");
        svg.Line("reference", Left + 260, 14, Left + 290, 14);
        svg.Label("tick", Left + 296, 18, "start", $"Base rate {Html.Percent(baseRate)}");
        axis.DrawVertical(svg, Left, Right, Top, Bottom, Html.PercentTick);
        var group = deciles.Count == 0 ? 0 : (Right - Left) / deciles.Count;
        for (var i = 0; i < deciles.Count; i++)
        {
            DrawDecile(svg, axis, deciles[i], Left + (i * group), group);
        }

        if (Html.Defined(baseRate))
        {
            var y = Bottom - axis.Scale(baseRate, Bottom - Top);
            svg.Line("reference", Left, y, Right, y);
        }
        else
        {
            svg.Label("none", (Left + Right) / 2, (Top + Bottom) / 2, "middle", "No scored leads");
        }

        svg.Label("axis-title", (Left + Right) / 2, Height - 6, "middle", "Decile (1 = highest scores) and its scores");
        svg.Close();
        WriteTable(writer, deciles);
        BacktestReport.CloseSection(writer);
    }

    private static void DrawDecile(Svg svg, Axis axis, Decile d, double x, double group)
    {
        var rate = d.Conversion;
        var center = x + (group / 2);
        var height = axis.Scale(rate.Value, Bottom - Top);
        svg.Bar("decile", "decile", x + (group * 0.2), Bottom - height, group * 0.6, height,
            $"Decile {d.Number}: {Html.Count(rate.Hits)} of {Html.Count(rate.Of)} converted, {Html.RateWithInterval(rate)}; lift {Html.Lift(d.Lift)}");
        var labelY = Bottom - height - 6;
        if (Html.Defined(rate.Lower) && Html.Defined(rate.Upper))
        {
            var low = Bottom - axis.Scale(rate.Lower, Bottom - Top);
            var high = Bottom - axis.Scale(rate.Upper, Bottom - Top);
            svg.Line("whisker", center, low, center, high);
            svg.Line("whisker", center - 5, high, center + 5, high);
            svg.Line("whisker", center - 5, low, center + 5, low);
            labelY = Math.Min(labelY, high - 6);
        }

        svg.Label(Html.Defined(rate.Value) ? "value" : "none", center, labelY, "middle", Html.Percent(rate.Value));
        svg.Label("value", center, Bottom + 16, "middle", d.Number.ToString(CultureInfo.InvariantCulture));
        svg.Label("tick", center, Bottom + 32, "middle", Scores(d));
    }

    private static string Scores(Decile d) =>
        !Html.Defined(d.MinScore) ? "empty"
        : d.MinScore == d.MaxScore ? Html.Number(d.MinScore)
        : $"{Html.Number(d.MinScore)}&#8211;{Html.Number(d.MaxScore)}";

    private static void WriteTable(TextWriter writer, IReadOnlyList<Decile> deciles)
    {
        var table = Table.Open(writer, "Deciles", ("Decile", true), ("Scores", true), ("Leads", true), ("Converted", true),
            ("Conversion", true), ("95% interval", true), ("Lift", true));
        foreach (var d in deciles)
        {
            table.Row(null, d.Number.ToString(CultureInfo.InvariantCulture), Scores(d), Html.Count(d.Conversion.Of),
                Html.Count(d.Conversion.Hits), Html.Percent(d.Conversion.Value), Html.Interval(d.Conversion.Lower, d.Conversion.Upper), Html.Lift(d.Lift));
        }

        if (deciles.Count == 0)
        {
            table.Note("No scored leads.");
        }

        table.Close();
    }
}
