using System;
using System.IO;
using System.Text;
using System.Text.Json;
using LeadRules.Analytics.Backtest;
using LeadRules.Analytics.Backtest.Output;
using LeadRules.Analytics.Diff.Output;

namespace LeadRules.Analytics.Diff;

/// <summary>Writes a rule-set diff as JSON for other programs: stable camelCase names, one field per property of <see cref="DiffResult"/>.</summary>
public static class DiffJson
{
    /// <summary>
    /// Writes <paramref name="result"/> as one indented JSON object. A rule missing from one rule set has <c>null</c>
    /// held under it; <c>backtest</c> and <c>againstBacktest</c> are <c>null</c> without outcomes, otherwise each is the
    /// object <see cref="BacktestJson"/> writes.
    /// </summary>
    /// <param name="result">The diff to write.</param>
    /// <param name="writer">Where to write; left open.</param>
    public static void Write(DiffResult result, TextWriter writer)
    {
        if (result is null || writer is null)
        {
            throw new ArgumentNullException(result is null ? nameof(result) : nameof(writer));
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            DiffJsonSections.Stamp(json, "ruleSet", result.RuleSet);
            DiffJsonSections.Stamp(json, "againstRuleSet", result.AgainstRuleSet);
            json.WriteString("asOf", result.AsOf);
            json.WriteNumber("leads", result.Leads);
            json.WriteNumber("failed", result.Failed);
            json.WriteNumber("moved", result.Moved);
            json.WriteNumber("toSales", result.ToSales);
            json.WriteNumber("toMarketing", result.ToMarketing);
            json.WriteArray("transitions", result.Transitions, DiffJsonSections.Transition);
            json.WriteArray("strategies", result.Strategies, DiffJsonSections.Strategy);
            json.WriteArray("ruleChanges", result.RuleChanges, DiffJsonSections.RuleChange);
            json.WriteNumber("rulesDiffering", result.RulesDiffering);
            json.WriteArray("movedLeads", result.MovedLeads, DiffJsonSections.MovedLead);
            DiffJsonSections.Backtest(json, "backtest", result.Backtest);
            DiffJsonSections.Backtest(json, "againstBacktest", result.AgainstBacktest);
            json.WriteEndObject();
        }

        writer.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
