using System.IO;
using System.Linq;
using LeadRules.Analytics.Backtest;

namespace LeadRules.Analytics.Report;

/// <summary>The funnel: one bar of leads per temperature, labelled with its conversion; then which temperature rule decided how many leads.</summary>
internal static class FunnelSection
{
    private const double Width = 940, Top = 30, RowHeight = 52, BarHeight = 30;
    private const double BarLeft = 120, BarLength = 430, ConversionLeft = 700;

    public static void Write(BacktestResult result, TextWriter writer)
    {
        BacktestReport.OpenSection(writer, "funnel", "Funnel by temperature",
            "How many leads each temperature holds, and how many of them converted. Conversion should rise from cold to qualified.");
        var segments = result.Temperatures;
        var largest = segments.Count == 0 ? 0 : segments.Max(s => s.Leads);
        var svg = Svg.Open(writer, "funnel", Width, Top + (RowHeight * segments.Count) + 8, "Leads and conversion per temperature");
        svg.Label("axis-title", BarLeft, 16, "start", "Leads (share of scored leads)");
        svg.Label("axis-title", ConversionLeft, 16, "start", "Conversion (95% interval)");
        for (var i = 0; i < segments.Count; i++)
        {
            var s = segments[i];
            var name = Html.Escape(s.Name);
            var y = Top + (i * RowHeight);
            var length = largest == 0 ? 0 : (double)s.Leads / largest * BarLength;
            svg.Label("value", BarLeft - 12, y + 20, "end", Html.EscapeShort(s.Name, 14), name);
            svg.Bar("temperature", CssClass(s.Name), BarLeft, y, length, BarHeight,
                $"{name}: {Html.Count(s.Leads)} leads, {Html.Percent(s.Share)}; converts {Html.RateWithInterval(s.Conversion)}");
            svg.Label("value", BarLeft + length + 8, y + 20, "start", $"{Html.Count(s.Leads)} ({Html.Percent(s.Share)})");
            svg.Label("value", ConversionLeft, y + 14, "start", Html.Percent(s.Conversion.Value));
            svg.Label("tick", ConversionLeft, y + 30, "start",
                Html.Defined(s.Conversion.Value) ? $"{Html.Interval(s.Conversion.Lower, s.Conversion.Upper)} &#183; lift {Html.Lift(s.Lift)}" : "no leads");
        }

        svg.Close();
        var table = Table.Open(writer, "Temperatures", ("Temperature", false), ("Leads", true), ("Share", true), ("Converted", true),
            ("Conversion", true), ("95% interval", true), ("Lift", true));
        foreach (var s in segments)
        {
            table.Row(null, Html.Escape(s.Name), Html.Count(s.Leads), Html.Percent(s.Share), Html.Count(s.Conversion.Hits),
                Html.Percent(s.Conversion.Value), Html.Interval(s.Conversion.Lower, s.Conversion.Upper), Html.Lift(s.Lift));
        }

        table.Close();
        WriteTemperatureRules(result, writer);
        BacktestReport.CloseSection(writer);
    }

    /// <summary>The CSS class of a temperature's bar: its own colour for the three known temperatures.</summary>
    internal static string CssClass(string temperature) => temperature switch
    {
        "cold" => "cold",
        "warm" => "warm",
        "qualified" => "qualified",
        _ => "other",
    };

    private static void WriteTemperatureRules(BacktestResult result, TextWriter writer)
    {
        var table = Table.Open(writer, "Which temperature rule decided", ("Rule", false), ("Sets", false), ("Leads", true),
            ("Converted", true), ("Conversion (95% interval)", true));
        foreach (var rule in result.TemperatureRules)
        {
            var name = rule.Rule is null ? "<em>no rule held (fall-through)</em>" : $"<code>{Html.Escape(rule.Rule)}</code>";
            table.Row(null, name, Html.Escape(rule.Temperature), Html.Count(rule.Conversion.Of), Html.Count(rule.Conversion.Hits),
                Html.RateWithInterval(rule.Conversion));
        }

        if (result.TemperatureRules.Count == 0)
        {
            table.Note("No temperature rules.");
        }

        table.Close();
    }
}
