using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using LeadRules.Analytics.Backtest;
using LeadRules.Analytics.Backtest.Output;

namespace LeadRules.Analytics.Diff.Output;

/// <summary>The tables of <see cref="DiffText"/>, one method each.</summary>
internal static class DiffTextSections
{
    public static void Transitions(TextWriter writer, DiffResult result)
    {
        var names = result.Transitions.Take(3).Select(t => t.To).ToArray();
        var table = new TextTable(new[] { "against \\ new" }.Concat(names.Select(n => ">" + n)).Append(">total").ToArray());
        for (var row = 0; row < 3; row++)
        {
            var cells = result.Transitions.Skip(row * 3).Take(3).Select(t => t.Leads).ToArray();
            table.Add(new[] { names[row] }.Concat(cells.Select(Figures.Count)).Append(Figures.Count(cells.Sum())).ToArray());
        }

        var totals = Enumerable.Range(0, 3).Select(column => result.Transitions.Where((t, cell) => cell % 3 == column).Sum(t => t.Leads)).ToArray();
        table.Add(new[] { "total" }.Concat(totals.Select(Figures.Count)).Append(Figures.Count(result.Leads)).ToArray());
        Section(writer, "Temperature transitions (rows: under the rule set compared against; columns: under the new one)", table);
    }

    public static void Strategies(TextWriter writer, IReadOnlyList<StrategyChange> strategies)
    {
        var table = new TextTable("strategy", "owner", ">against", ">new", ">gained", ">lost");
        foreach (var s in strategies)
        {
            table.Add(s.Strategy, s.Owner, Figures.Count(s.AgainstRecommended), Figures.Count(s.Recommended), Figures.Count(s.Gained), Figures.Count(s.Lost));
        }

        Section(writer, "Strategies (leads recommended each; gained: under the new rule set only; lost: under the one compared against only)", table);
    }

    public static void Rules(TextWriter writer, DiffResult result)
    {
        var table = new TextTable("workflow", "rule", ">held against", ">held new", ">difference");
        foreach (var r in result.RuleChanges)
        {
            table.Add(r.Workflow, r.Rule, Held(r.AgainstHeld), Held(r.Held), Signed(r.Difference));
        }

        var shown = result.RuleChanges.Count < result.RulesDiffering ? $"; {result.RuleChanges.Count} of {Figures.Count(result.RulesDiffering)} shown" : string.Empty;
        Section(writer, $"Rules whose firing differs (leads a scoring rule gave points to, or a temperature rule decided; - : not in that rule set{shown})", table);
        if (result.RulesDiffering == 0)
        {
            writer.WriteLine("Every rule holds for as many leads under both rule sets.");
        }
    }

    public static void MovedLeads(TextWriter writer, DiffResult result)
    {
        var table = new TextTable(">position", "id", "against", "new", ">score against", ">score new", "reasons against", "reasons new");
        foreach (var m in result.MovedLeads)
        {
            table.Add(Figures.Count(m.Position), m.LeadId ?? string.Empty, m.AgainstTemperature, m.Temperature, Figures.Score(m.AgainstScore),
                Figures.Score(m.Score), Reasons(m.AgainstReasons), Reasons(m.Reasons));
        }

        Section(writer, $"Moved leads (the first {result.MovedLeads.Count} in input order whose temperature changed)", table);
    }

    public static void Backtests(TextWriter writer, BacktestResult backtest, BacktestResult against)
    {
        var table = new TextTable("figure", ">against", ">new");
        table.Add("leads with an outcome", Figures.Count(against.Leads), Figures.Count(backtest.Leads));
        table.Add("base rate", Figures.Percent(against.BaseRate.Value), Figures.Percent(backtest.BaseRate.Value));
        table.Add("AUC", Figures.Fixed(against.Auc.Value, 3), Figures.Fixed(backtest.Auc.Value, 3));
        for (var i = 0; i < backtest.Temperatures.Count; i++)
        {
            var (a, n) = (against.Temperatures[i], backtest.Temperatures[i]);
            table.Add($"{n.Name}: leads", Figures.Count(a.Leads), Figures.Count(n.Leads));
            table.Add($"{n.Name}: conversion", Figures.Percent(a.Conversion.Value), Figures.Percent(n.Conversion.Value));
        }

        table.Add("conversion rises with temperature", against.ConversionRisesWithTemperature ? "yes" : "no", backtest.ConversionRisesWithTemperature ? "yes" : "no");
        table.Add("strategies due: marketing", Figures.Count(against.Workloads[0].StrategiesDue), Figures.Count(backtest.Workloads[0].StrategiesDue));
        table.Add("strategies due: sales", Figures.Count(against.Workloads[1].StrategiesDue), Figures.Count(backtest.Workloads[1].StrategiesDue));
        Section(writer, "Backtests of both rule sets (leads whose outcome is known)", table);
    }

    /// <summary>The reasons as <c>rule:points</c> joined by <c>;</c>, as <c>score</c> writes them.</summary>
    internal static string Reasons(ImmutableArray<Reason> reasons) => string.Join(";", reasons.Select(r => r.ToString()));

    private static string Held(long? held) => held is { } count ? Figures.Count(count) : "-";

    private static string Signed(long value) => value > 0 ? "+" + Figures.Count(value) : Figures.Count(value);

    private static void Section(TextWriter writer, string title, TextTable table)
    {
        writer.WriteLine();
        writer.WriteLine(title);
        table.Write(writer);
    }
}
