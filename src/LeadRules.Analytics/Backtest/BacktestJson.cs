using System;
using System.IO;
using System.Text;
using System.Text.Json;
using LeadRules.Analytics.Backtest.Output;

namespace LeadRules.Analytics.Backtest;

/// <summary>Writes a backtest as JSON for other programs: stable camelCase names, one field per property of <see cref="BacktestResult"/>.</summary>
public static class BacktestJson
{
    /// <summary>
    /// Writes <paramref name="result"/> as one indented JSON object. Proportions are numbers from 0 to 1 (not
    /// percentages); an undefined number (NaN, such as the conversion of an empty segment) is written as <c>null</c>;
    /// every rate is <c>{hits, of, value, lower, upper}</c> with its 95% Wilson interval.
    /// </summary>
    /// <param name="result">The backtest to write.</param>
    /// <param name="writer">Where to write; left open.</param>
    public static void Write(BacktestResult result, TextWriter writer)
    {
        if (result is null || writer is null)
        {
            throw new ArgumentNullException(result is null ? nameof(result) : nameof(writer));
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartObject("ruleSet");
            json.WriteString("name", result.RuleSet.Name);
            json.WriteString("version", result.RuleSet.Version);
            json.WriteString("hash", result.RuleSet.Hash);
            json.WriteEndObject();
            json.WriteString("asOf", result.AsOf);
            json.WriteNumber("leads", result.Leads);
            json.WriteNumber("failed", result.Failed);
            json.WriteRate("baseRate", result.BaseRate);
            json.WriteBoolean("conversionRisesWithTemperature", result.ConversionRisesWithTemperature);
            json.WriteArray("temperatures", result.Temperatures, JsonSections.Segment);
            json.WriteArray("owners", result.Owners, JsonSections.Segment);
            json.WriteStartObject("auc");
            json.WriteNumberOrNull("value", result.Auc.Value);
            json.WriteNumberOrNull("lower", result.Auc.Lower);
            json.WriteNumberOrNull("upper", result.Auc.Upper);
            json.WriteEndObject();
            json.WriteArray("deciles", result.Deciles, JsonSections.Decile);
            json.WriteArray("scoreDistribution", result.ScoreDistribution, JsonSections.ScoreBin);
            json.WriteArray("scoringRules", result.ScoringRules, JsonSections.ScoringRule);
            json.WriteArray("temperatureRules", result.TemperatureRules, JsonSections.TemperatureRule);
            json.WriteArray("strategies", result.Strategies, JsonSections.Strategy);
            json.WriteArray("workloads", result.Workloads, JsonSections.Workload);
            json.WriteArray("undatedRecency", result.UndatedRecency, JsonSections.UndatedRecency);
            json.WriteEndObject();
        }

        writer.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
