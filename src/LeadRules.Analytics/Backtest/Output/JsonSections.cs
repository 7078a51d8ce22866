using System;
using System.Collections.Generic;
using System.Text.Json;
using LeadRules.Recency;

namespace LeadRules.Analytics.Backtest.Output;

/// <summary>The objects of <see cref="BacktestJson"/>: one writer per result type, and the helpers they share.</summary>
internal static class JsonSections
{
    public static void WriteNumberOrNull(this Utf8JsonWriter json, string name, double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteNumber(name, value);
        }
    }

    public static void WriteRate(this Utf8JsonWriter json, string name, Rate rate)
    {
        json.WriteStartObject(name);
        json.WriteNumber("hits", rate.Hits);
        json.WriteNumber("of", rate.Of);
        json.WriteNumberOrNull("value", rate.Value);
        json.WriteNumberOrNull("lower", rate.Lower);
        json.WriteNumberOrNull("upper", rate.Upper);
        json.WriteEndObject();
    }

    public static void WriteArray<T>(this Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            write(json, item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void Segment(Utf8JsonWriter json, Segment s)
    {
        json.WriteString("name", s.Name);
        json.WriteNumber("leads", s.Leads);
        json.WriteNumberOrNull("share", s.Share);
        json.WriteRate("conversion", s.Conversion);
        json.WriteNumberOrNull("lift", s.Lift);
    }

    public static void Decile(Utf8JsonWriter json, Decile d)
    {
        json.WriteNumber("number", d.Number);
        json.WriteNumberOrNull("minScore", d.MinScore);
        json.WriteNumberOrNull("maxScore", d.MaxScore);
        json.WriteRate("conversion", d.Conversion);
        json.WriteNumberOrNull("lift", d.Lift);
    }

    public static void ScoreBin(Utf8JsonWriter json, ScoreBin b)
    {
        json.WriteNumberOrNull("from", b.From);
        json.WriteNumberOrNull("to", b.To);
        json.WriteNumber("converted", b.Converted);
        json.WriteNumber("notConverted", b.NotConverted);
    }

    public static void ScoringRule(Utf8JsonWriter json, ScoringRuleEvidence r)
    {
        json.WriteString("rule", r.Rule);
        json.WriteBoolean("givesPoints", r.GivesPoints);
        json.WriteRate("whenHeld", r.WhenHeld);
        json.WriteRate("whenNotHeld", r.WhenNotHeld);
        json.WriteNumberOrNull("lift", r.Lift);
        json.WriteString("flag", r.Flag);
    }

    public static void TemperatureRule(Utf8JsonWriter json, TemperatureRuleEvidence r)
    {
        json.WriteString("rule", r.Rule);
        json.WriteString("temperature", r.Temperature);
        json.WriteRate("conversion", r.Conversion);
    }

    public static void Strategy(Utf8JsonWriter json, StrategyUsage s)
    {
        json.WriteString("strategy", s.Strategy);
        json.WriteString("owner", s.Owner);
        json.WriteNumber("recommended", s.Recommended);
    }

    public static void Workload(Utf8JsonWriter json, Workload w)
    {
        json.WriteString("owner", w.Owner);
        json.WriteNumber("leadsOwned", w.LeadsOwned);
        json.WriteNumber("strategiesDue", w.StrategiesDue);
    }

    public static void UndatedRecency(Utf8JsonWriter json, UndatedRecencyCount u)
    {
        json.WriteString("workflow", u.Workflow);
        json.WriteString("rule", u.Rule);
        json.WriteNumber("leads", u.Leads);
    }
}
