using System.Collections.Immutable;
using System.IO;
using System.Text.Json;
using LeadRules.Analytics.Backtest;

namespace LeadRules.Analytics.Diff.Output;

/// <summary>The objects of <see cref="DiffJson"/>: one writer per result type.</summary>
internal static class DiffJsonSections
{
    public static void Stamp(Utf8JsonWriter json, string name, RuleSetStamp stamp)
    {
        json.WriteStartObject(name);
        json.WriteString("name", stamp.Name);
        json.WriteString("version", stamp.Version);
        json.WriteString("hash", stamp.Hash);
        json.WriteEndObject();
    }

    public static void Transition(Utf8JsonWriter json, TemperatureTransition t)
    {
        json.WriteString("from", t.From);
        json.WriteString("to", t.To);
        json.WriteNumber("leads", t.Leads);
    }

    public static void Strategy(Utf8JsonWriter json, StrategyChange s)
    {
        json.WriteString("strategy", s.Strategy);
        json.WriteString("owner", s.Owner);
        json.WriteNumber("recommended", s.Recommended);
        json.WriteNumber("againstRecommended", s.AgainstRecommended);
        json.WriteNumber("gained", s.Gained);
        json.WriteNumber("lost", s.Lost);
    }

    public static void RuleChange(Utf8JsonWriter json, RuleFiringChange r)
    {
        json.WriteString("workflow", r.Workflow);
        json.WriteString("rule", r.Rule);
        NumberOrNull(json, "held", r.Held);
        NumberOrNull(json, "againstHeld", r.AgainstHeld);
        json.WriteNumber("difference", r.Difference);
    }

    public static void MovedLead(Utf8JsonWriter json, MovedLead m)
    {
        json.WriteNumber("position", m.Position);
        json.WriteString("id", m.LeadId);
        json.WriteString("temperature", m.Temperature);
        json.WriteString("againstTemperature", m.AgainstTemperature);
        json.WriteNumber("score", m.Score);
        json.WriteNumber("againstScore", m.AgainstScore);
        Reasons(json, "reasons", m.Reasons);
        Reasons(json, "againstReasons", m.AgainstReasons);
    }

    /// <summary>The backtest as <see cref="BacktestJson"/> writes it, nested; <c>null</c> when there is none.</summary>
    public static void Backtest(Utf8JsonWriter json, string name, BacktestResult? result)
    {
        if (result is null)
        {
            json.WriteNull(name);
            return;
        }

        using var text = new StringWriter();
        BacktestJson.Write(result, text);
        using var document = JsonDocument.Parse(text.ToString());
        json.WritePropertyName(name);
        document.WriteTo(json);
    }

    private static void Reasons(Utf8JsonWriter json, string name, ImmutableArray<Reason> reasons)
    {
        json.WriteStartArray(name);
        foreach (var reason in reasons)
        {
            json.WriteStartObject();
            json.WriteString("rule", reason.Rule);
            json.WriteNumber("points", reason.Points);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void NumberOrNull(Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
