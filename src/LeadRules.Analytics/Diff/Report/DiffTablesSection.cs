using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using LeadRules.Analytics.Report;

namespace LeadRules.Analytics.Diff.Report;

/// <summary>The tables without a chart: the rules whose firing differs, and the first moved leads with both answers.</summary>
internal static class DiffTablesSection
{
    public static void WriteRules(DiffResult result, TextWriter writer)
    {
        BacktestReport.OpenSection(writer, "rules", "Rules that fire differently",
            "For each rule, how many leads it held for under each rule set: a scoring rule when it gave points, a temperature rule when it decided. The largest differences first; &#8212; marks a rule that set does not have.");
        var shown = result.RuleChanges.Count < result.RulesDiffering ? $" ({result.RuleChanges.Count} of {Html.Count(result.RulesDiffering)})" : string.Empty;
        var table = Table.Open(writer, "Rules whose firing differs" + shown, ("Rule", false), ("Workflow", false), ("Held against", true),
            ("Held new", true), ("Difference", true));
        foreach (var r in result.RuleChanges)
        {
            table.Row(null, $"<code>{Html.Escape(r.Rule)}</code>", Html.Escape(r.Workflow), Held(r.AgainstHeld), Held(r.Held),
                (r.Difference > 0 ? "+" : string.Empty) + r.Difference.ToString("#,0", CultureInfo.InvariantCulture));
        }

        if (result.RuleChanges.Count == 0)
        {
            table.Note("Every rule holds for as many leads under both rule sets.");
        }

        table.Close();
        BacktestReport.CloseSection(writer);
    }

    public static void WriteMovedLeads(DiffResult result, TextWriter writer)
    {
        BacktestReport.OpenSection(writer, "moved-leads", "Leads that change temperature",
            "The first leads in the input whose temperature differs, with each rule set&#8217;s score and the scoring rules that held (rule:points).");
        var table = Table.Open(writer, "Moved leads", ("Lead", false), ("Position", true), ("Against", false), ("New", false),
            ("Score against", true), ("Score new", true), ("Reasons against", false), ("Reasons new", false));
        foreach (var m in result.MovedLeads)
        {
            table.Row(null, m.LeadId is null ? "<em>no id</em>" : $"<code>{Html.Escape(m.LeadId)}</code>", Html.Count(m.Position),
                Html.Escape(m.AgainstTemperature), Html.Escape(m.Temperature), Html.Number(m.AgainstScore), Html.Number(m.Score),
                Reasons(m.AgainstReasons), Reasons(m.Reasons));
        }

        if (result.MovedLeads.Count == 0)
        {
            table.Note("No lead changes temperature.");
        }

        table.Close();
        BacktestReport.CloseSection(writer);
    }

    /// <summary>One <c>rule:points</c> per line, or "none".</summary>
    private static string Reasons(ImmutableArray<Reason> reasons) =>
        reasons.Length == 0 ? "<em>none</em>" : string.Join("<br>", reasons.Select(r => $"<code>{Html.Escape(r.ToString())}</code>"));

    private static string Held(long? held) => held is { } count ? Html.Count(count) : "&#8212;";
}
