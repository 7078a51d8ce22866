using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LeadRules.Analytics.Backtest;

namespace LeadRules.Analytics.Report;

/// <summary>The lift of every scoring rule: how much better than the base rate the leads it held for converted; flagged rules stand out.</summary>
internal static class RuleLiftSection
{
    private const double Width = 940, Top = 44, Row = 24, FlaggedRow = 40, NameRight = 280, BarLeft = 292, BarRight = 760;

    public static void Write(BacktestResult result, TextWriter writer)
    {
        BacktestReport.OpenSection(writer, "rule-lift", "Lift of every scoring rule",
            "Conversion of the leads each rule held for, divided by the base rate (1&#215; = no better than average). Rules whose evidence contradicts their points are red, with the reason.");
        var rules = result.ScoringRules;
        var axis = Axis.For(Math.Max(1, rules.Select(r => Html.Defined(r.Lift) ? r.Lift : 0).DefaultIfEmpty(0).Max()));
        var height = Top + rules.Sum(RowHeight) + 8;
        var svg = Svg.Open(writer, "rule-lift", Width, rules.Count == 0 ? Top + Row : height, "Lift of every scoring rule");
        Legend(svg);
        axis.DrawHorizontal(svg, BarLeft, BarRight, Top - 4, height - 4, v => Html.Number(v) + "&#215;");
        if (rules.Count > 0)
        {
            var one = BarLeft + axis.Scale(1, BarRight - BarLeft);
            svg.Line("reference", one, Top - 4, one, height - 4);
        }

        var y = Top;
        foreach (var rule in rules)
        {
            DrawRule(svg, axis, rule, y);
            y += RowHeight(rule);
        }

        if (rules.Count == 0)
        {
            svg.Label("none", BarLeft + 8, Top + 16, "start", "The rule set has no scoring rules");
        }

        svg.Close();
        WriteTable(writer, rules);
        BacktestReport.CloseSection(writer);
    }

    private static void Legend(Svg svg)
    {
        var x = 0.0;
        foreach (var (css, text) in new[] { ("adds", "adds points"), ("subtracts", "subtracts points"), ("flagged", "flagged") })
        {
            svg.Swatch(css, x, 4, 12);
            svg.Label("tick", x + 18, 14, "start", text);
            x += 130;
        }

        svg.Line("reference", x, 10, x + 30, 10);
        svg.Label("tick", x + 36, 14, "start", "1&#215; = base rate");
    }

    private static void DrawRule(Svg svg, Axis axis, ScoringRuleEvidence rule, double y)
    {
        var name = Html.Escape(rule.Rule);
        var css = rule.Flag is not null ? "flagged" : rule.GivesPoints ? "adds" : "subtracts";
        var length = axis.Scale(rule.Lift, BarRight - BarLeft);
        svg.Label(rule.Flag is null ? "name" : "flag-name", NameRight, y + 13, "end", Html.EscapeShort(rule.Rule, 40), name);
        svg.Bar("rule", css, BarLeft, y + 2, length, Row - 8, Tooltip(rule, name));
        if (rule.WhenHeld.Of == 0)
        {
            svg.Label(rule.Flag is null ? "none" : "flag-text", BarLeft + 6, y + 13, "start",
                rule.Flag is null ? "never held" : Html.EscapeShort(rule.Flag, 90), rule.Flag is null ? null : Html.Escape(rule.Flag));
            return;
        }

        svg.Label("value", BarLeft + length + 6, y + 13, "start", $"{Html.Lift(rule.Lift)} &#183; {Html.Count(rule.WhenHeld.Of)} leads");
        if (rule.Flag is not null)
        {
            svg.Label("flag-text", BarLeft, y + Row + 10, "start", Html.EscapeShort(rule.Flag, 90), Html.Escape(rule.Flag));
        }
    }

    /// <summary>A row is taller when a flag is written under its bar (a rule that never held has it on its row).</summary>
    private static double RowHeight(ScoringRuleEvidence rule) => rule.Flag is null || rule.WhenHeld.Of == 0 ? Row : FlaggedRow;

    private static string Tooltip(ScoringRuleEvidence rule, string name) =>
        $"{name}: held for {Html.Count(rule.WhenHeld.Of)} leads, converts {Html.RateWithInterval(rule.WhenHeld)} "
        + $"(otherwise {Html.RateWithInterval(rule.WhenNotHeld)}); lift {Html.Lift(rule.Lift)}"
        + (rule.Flag is null ? string.Empty : $"; {Html.Escape(rule.Flag)}");

    private static void WriteTable(TextWriter writer, IReadOnlyList<ScoringRuleEvidence> rules)
    {
        var table = Table.Open(writer, "Scoring rules", ("Rule", false), ("Points", false), ("Held for", true),
            ("Conversion when held", true), ("when not held", true), ("Lift", true), ("Flag", false));
        foreach (var r in rules)
        {
            table.Row(r.Flag is null ? null : "flagged", $"<code>{Html.Escape(r.Rule)}</code>", r.GivesPoints ? "adds" : "subtracts",
                Html.Count(r.WhenHeld.Of), Html.RateWithInterval(r.WhenHeld), Html.RateWithInterval(r.WhenNotHeld), Html.Lift(r.Lift),
                r.Flag is null ? string.Empty : $"<span class=\"flag\">{Html.Escape(r.Flag)}</span>");
        }

        if (rules.Count == 0)
        {
            table.Note("The rule set has no scoring rules.");
        }

        table.Close();
    }
}
