using System.Collections.Generic;
using System.IO;
using LeadRules.Rules.Reading;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LeadRules.Leads.Mapping;

/// <summary>Reads a mapping file's JSON (comments allowed), reporting every problem with its location.</summary>
internal static class MappingFileReader
{
    private static readonly string[] EnvelopeFields = { "$schema", "Csv", "Id", "Label", "UnmappedValues", "Time", "ContactPoints", "Consent", "Attributes" };
    private static readonly string[] CsvFields = { "Delimiter", "Quote" };
    private static readonly string[] IdFields = { "Column" };
    private static readonly string[] LabelFields = { "Column", "Positive" };

    public static MappingSpec? Read(string text, ProblemList problems)
    {
        if (JsonFile.LoadObject(text, problems, "mapping") is not { } json)
        {
            return null;
        }

        var spec = new MappingSpec();
        var envelope = new JsonObjectReader(json, problems, null, null, string.Empty, EnvelopeFields);
        ReadCsv(envelope.Object("Csv"), problems, spec);
        if (envelope.Object("Id") is { } id)
        {
            spec.IdColumn = Column(new JsonObjectReader(id, problems, null, null, "Id.", IdFields), spec);
        }

        ReadLabel(envelope.Object("Label"), problems, spec);
        var unmapped = envelope.String("UnmappedValues", required: false);
        if (unmapped is not null and not "error" and not "ignore")
        {
            envelope.Problem(envelope.Property("UnmappedValues"), $"'UnmappedValues' must be \"error\" or \"ignore\", not \"{Formatting.Shorten(unmapped)}\".");
        }

        spec.IgnoreUnmapped = unmapped == "ignore";
        var defaultTime = envelope.Object("Time") is { } time ? PointSourceReader.ReadTime(time, "Time.", problems, spec) : TimeRule.Undated;
        var index = 0;
        foreach (var item in Entries(envelope, "ContactPoints", required: true))
        {
            var source = PointSourceReader.Read(item, $"ContactPoints[{index++}].", problems, spec, defaultTime);
            if (source is not null)
            {
                spec.Points.Add(source);
            }
        }

        index = 0;
        foreach (var item in Entries(envelope, "Consent", required: false))
        {
            ColumnSectionReader.ReadConsent(item, $"Consent[{index++}].", problems, spec);
        }

        index = 0;
        foreach (var item in Entries(envelope, "Attributes", required: false))
        {
            ColumnSectionReader.ReadAttribute(item, $"Attributes[{index++}].", problems, spec);
        }

        if (spec.Attributes.Count > Limits.AttributesPerLead)
        {
            envelope.Problem(envelope.Property("Attributes"), $"'Attributes' has {spec.Attributes.Count:N0} entries; a lead has at most {Limits.AttributesPerLead} attributes.");
        }

        return spec;
    }

    /// <summary>A required, non-empty <c>Column</c>, recorded with its location so the CSV header can be checked against it.</summary>
    internal static string? Column(JsonObjectReader fields, MappingSpec spec, string field = "Column", bool required = true)
    {
        var column = fields.String(field, required);
        if (column is not null)
        {
            spec.Columns.Add(NameAt.Of(fields.Property(field)!.Value, column));
        }

        return column;
    }

    /// <summary>An optional array of strings (empty strings allowed: they match empty cells).</summary>
    internal static List<string> Strings(JsonObjectReader fields, string name, string prefix)
    {
        var result = new List<string>();
        foreach (var item in fields.Array(name) ?? new JArray())
        {
            if (item.Type != JTokenType.String)
            {
                fields.Problem(item, $"each entry of '{prefix}{name}' must be a string, not {JsonObjectReader.Describe(item)}.");
                continue;
            }

            result.Add((string)item!);
        }

        return result;
    }

    private static IEnumerable<JObject> Entries(JsonObjectReader envelope, string name, bool required)
    {
        foreach (var item in envelope.Array(name, required) ?? new JArray())
        {
            if (item is JObject json)
            {
                yield return json;
            }
            else
            {
                envelope.Problem(item, $"each entry of '{name}' must be an object, not {JsonObjectReader.Describe(item)}.");
            }
        }
    }

    private static void ReadCsv(JObject? json, ProblemList problems, MappingSpec spec)
    {
        if (json is null)
        {
            return;
        }

        var csv = new JsonObjectReader(json, problems, null, null, "Csv.", CsvFields);
        spec.Delimiter = Character(csv, "Delimiter") ?? spec.Delimiter;
        spec.Quote = Character(csv, "Quote") ?? spec.Quote;
        if (spec.Delimiter == spec.Quote)
        {
            csv.Problem(csv.Property("Quote") ?? csv.Property("Delimiter"), $"'Csv.Delimiter' and 'Csv.Quote' must differ; both are '{spec.Delimiter}'.");
        }
    }

    private static char? Character(JsonObjectReader csv, string name)
    {
        var property = csv.Property(name);
        if (property is null)
        {
            return null;
        }

        if (property.Value.Type != JTokenType.String || ((string)property.Value!).Length != 1 || ((string)property.Value!)[0] is '\r' or '\n' or > '\u007f')
        {
            csv.Problem(property, $"'Csv.{name}' must be one ASCII character other than a line break, not {JsonObjectReader.Describe(property.Value)}.");
            return null;
        }

        return ((string)property.Value!)[0];
    }

    private static void ReadLabel(JObject? json, ProblemList problems, MappingSpec spec)
    {
        if (json is null)
        {
            return;
        }

        var label = new JsonObjectReader(json, problems, null, null, "Label.", LabelFields);
        spec.LabelColumn = Column(label, spec);
        spec.Positive.AddRange(Strings(label, "Positive", "Label."));
        if (label.Property("Positive") is null)
        {
            label.Problem(json, "missing field 'Label.Positive'.");
        }
        else if (spec.Positive.Count == 0)
        {
            label.Problem(label.Property("Positive"), "'Label.Positive' is empty; list the values that mean the lead converted.");
        }
    }

}
