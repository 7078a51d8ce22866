using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace LeadRules.Serialization;

/// <summary>
/// The JSON shape of an <see cref="Assessment"/>, field by field, written the same way by the System.Text.Json and the
/// Newtonsoft.Json converters. Numbers are written as the CSV output writes them (<c>39.32</c>, <c>10</c>), by both.
/// </summary>
internal static class AssessmentFields
{
    /// <summary>Walks <paramref name="assessment"/> in field order, handing each field to <paramref name="writer"/>.</summary>
    public static void Write(Assessment assessment, IFieldWriter writer)
    {
        writer.StartObject();
        writer.String("id", assessment.LeadId);
        writer.String("asOf", Time(assessment.AsOf));
        writer.Name("ruleSet");
        writer.StartObject();
        writer.String("name", assessment.RuleSet.Name);
        writer.String("version", assessment.RuleSet.Version);
        writer.String("hash", assessment.RuleSet.Hash);
        writer.EndObject();
        var scored = assessment.Succeeded;
        writer.String("temperature", scored ? assessment.Temperature.ToName() : null);
        writer.Number("score", scored ? Formatting.Number(assessment.Score) : null);
        writer.String("owner", scored ? assessment.Owner.ToName() : null);
        writer.String("temperatureRule", assessment.TemperatureRule);
        writer.Name("recommendations");
        writer.StartArray();
        foreach (var r in scored ? assessment.Recommendations : ImmutableArray<Recommendation>.Empty)
        {
            writer.StartObject();
            writer.String("strategy", r.Strategy);
            writer.String("owner", r.Owner.ToName());
            writer.String("channel", r.Channel);
            writer.Number("priority", r.Priority.ToString(CultureInfo.InvariantCulture));
            writer.String("reason", r.Reason);
            writer.EndObject();
        }

        writer.EndArray();
        writer.Name("reasons");
        writer.StartArray();
        foreach (var r in scored ? assessment.Reasons : ImmutableArray<Reason>.Empty)
        {
            writer.StartObject();
            writer.String("rule", r.Rule);
            writer.Number("points", Formatting.Number(r.Points));
            writer.EndObject();
        }

        writer.EndArray();
        writer.Name("warnings");
        writer.StartArray();
        foreach (var w in assessment.Warnings)
        {
            writer.String(null, w);
        }

        writer.EndArray();
        writer.String("error", assessment.Error);
        writer.EndObject();
    }

    /// <summary>An ISO-8601 UTC time, with a fraction only when it has one.</summary>
    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    /// <summary>The few writing calls the shape needs, over either JSON library.</summary>
    internal interface IFieldWriter
    {
        void StartObject();

        void EndObject();

        void StartArray();

        void EndArray();

        void Name(string name);

        /// <summary>Writes a string value (or null), after its name unless <paramref name="name"/> is <see langword="null"/>.</summary>
        void String(string? name, string? value);

        /// <summary>Writes a number already formatted as JSON (or null).</summary>
        void Number(string name, string? json);
    }
}
