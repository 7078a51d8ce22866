using System.Collections.Generic;
using System.IO;

namespace LeadRules.Analytics.Backtest.Output;

/// <summary>The tables of <see cref="BacktestText"/>, one method each.</summary>
internal static class BacktestTextSections
{
    public static void Segments(TextWriter writer, string title, string column, IReadOnlyList<Segment> segments)
    {
        var table = new TextTable(column, ">leads", ">share", ">converted", ">conversion", ">95% interval", ">lift");
        foreach (var s in segments)
        {
            table.Add(s.Name, Figures.Count(s.Leads), Figures.Percent(s.Share), Figures.Count(s.Conversion.Hits), Figures.Percent(s.Conversion.Value), Figures.Interval(s.Conversion), Figures.Lift(s.Lift));
        }

        Section(writer, title, table);
    }

    public static void Deciles(TextWriter writer, IReadOnlyList<Decile> deciles)
    {
        var table = new TextTable(">decile", ">lowest score", ">highest score", ">leads", ">converted", ">conversion", ">95% interval", ">lift");
        foreach (var d in deciles)
        {
            var c = d.Conversion;
            table.Add(Figures.Count(d.Number), Figures.Score(d.MinScore), Figures.Score(d.MaxScore), Figures.Count(c.Of), Figures.Count(c.Hits), Figures.Percent(c.Value), Figures.Interval(c), Figures.Lift(d.Lift));
        }

        Section(writer, "Score deciles (1: highest scores; equal scores stay in one decile)", table);
    }

    public static void ScoringRules(TextWriter writer, IReadOnlyList<ScoringRuleEvidence> rules)
    {
        var table = new TextTable(string.Empty, "rule", "points", ">held", ">conversion held", ">95% interval", ">conversion not held", ">lift", "flag");
        foreach (var r in rules)
        {
            var held = r.WhenHeld;
            table.Add(
                r.Flag is null ? string.Empty : "!",
                r.Rule,
                held.Of == 0 ? Figures.Undefined : r.GivesPoints ? "adds" : "subtracts",
                Figures.Count(held.Of),
                Figures.Percent(held.Value),
                Figures.Interval(held),
                Figures.Percent(r.WhenNotHeld.Value),
                Figures.Lift(r.Lift),
                r.Flag ?? string.Empty);
        }

        Section(writer, "Scoring rules (! marks a rule whose evidence contradicts its points)", table);
    }

    public static void TemperatureRules(TextWriter writer, IReadOnlyList<TemperatureRuleEvidence> rules)
    {
        var table = new TextTable("rule", "temperature", ">leads", ">converted", ">conversion", ">95% interval");
        foreach (var r in rules)
        {
            var c = r.Conversion;
            table.Add(r.Rule ?? "(no rule held)", r.Temperature, Figures.Count(c.Of), Figures.Count(c.Hits), Figures.Percent(c.Value), Figures.Interval(c));
        }

        Section(writer, "Temperature rules (the leads each one decided)", table);
    }

    public static void Strategies(TextWriter writer, IReadOnlyList<StrategyUsage> strategies)
    {
        var table = new TextTable("strategy", "owner", ">recommended");
        foreach (var s in strategies)
        {
            table.Add(s.Strategy, s.Owner, Figures.Count(s.Recommended));
        }

        Section(writer, "Strategies (how many leads each was recommended for)", table);
    }

    private static void Section(TextWriter writer, string title, TextTable table)
    {
        writer.WriteLine();
        writer.WriteLine(title);
        table.Write(writer);
    }
}
