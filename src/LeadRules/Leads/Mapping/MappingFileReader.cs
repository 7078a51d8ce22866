using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
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
    private static readonly string[] ConsentFields = { "Column", "Channel", "Granted", "Refused", "Unknown" };
    private static readonly string[] AttributeFields = { "Column", "Name", "Type", "Format", "True", "False" };
    private static readonly string[] Channels = { "email", "phone", "mail" };
    private static readonly string[] AttributeTypes = { "string", "number", "boolean", "date" };
    private static readonly string[] DefaultTrue = { "true", "yes", "y", "t", "1" };
    private static readonly string[] DefaultFalse = { "false", "no", "n", "f", "0" };

    public static MappingSpec? Read(string text, ProblemList problems)
    {
        JObject json;
        try
        {
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None, MaxDepth = Limits.RuleFileDepth };
            json = JObject.Load(reader, new JsonLoadSettings
            {
                CommentHandling = CommentHandling.Ignore,
                LineInfoHandling = LineInfoHandling.Load,
                DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
            });
            while (reader.Read())
            {
                if (reader.TokenType != JsonToken.Comment)
                {
                    problems.Add(reader.LineNumber, reader.LinePosition, "unexpected content after the mapping's closing brace.");
                    return null;
                }
            }
        }
        catch (JsonReaderException e)
        {
            problems.Add(e.LineNumber, e.LinePosition, "not valid JSON: " + Formatting.WithoutJsonLocation(e.Message));
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
            var prefix = $"Consent[{index++}].";
            ReadConsent(new JsonObjectReader(item, problems, null, null, prefix, ConsentFields), prefix, spec);
        }

        index = 0;
        foreach (var item in Entries(envelope, "Attributes", required: false))
        {
            var prefix = $"Attributes[{index++}].";
            ReadAttribute(new JsonObjectReader(item, problems, null, null, prefix, AttributeFields), prefix, spec);
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

    private static void ReadConsent(JsonObjectReader consent, string prefix, MappingSpec spec)
    {
        var column = Column(consent, spec);
        var channel = consent.String("Channel", required: true);
        if (channel is not null && !Channels.Contains(channel))
        {
            consent.Problem(consent.Property("Channel"), $"unknown consent channel '{Formatting.Shorten(channel)}'; the channels are {string.Join(", ", Channels)}.");
            channel = null;
        }
        else if (channel is not null && spec.Consents.Any(c => c.Channel == channel))
        {
            consent.Problem(consent.Property("Channel"), $"consent channel '{channel}' is mapped twice; map each channel from one column.");
            channel = null;
        }

        var values = new Dictionary<string, ConsentState>(StringComparer.Ordinal);
        foreach (var (name, state) in new[] { ("Granted", ConsentState.Granted), ("Refused", ConsentState.Denied), ("Unknown", ConsentState.Unknown) })
        {
            foreach (var value in Strings(consent, name, prefix))
            {
                if (values.ContainsKey(value))
                {
                    consent.Problem(consent.Property(name), $"'{prefix}{name}' lists \"{Formatting.Shorten(value)}\" again; list each value once, in Granted, Refused or Unknown.");
                }

                values[value] = state;
            }
        }

        if (column is not null && channel is not null)
        {
            spec.Consents.Add(new ConsentSource(column, channel, values));
        }
    }

    private static void ReadAttribute(JsonObjectReader attribute, string prefix, MappingSpec spec)
    {
        var column = Column(attribute, spec);
        var name = attribute.Property("Name") is null ? column : attribute.String("Name", required: false);
        var type = attribute.String("Type", required: true);
        var kind = Array.IndexOf(AttributeTypes, type);
        if (type is not null && kind < 0)
        {
            attribute.Problem(attribute.Property("Type"), $"unknown attribute type '{Formatting.Shorten(type)}'; the types are {string.Join(", ", AttributeTypes)}.");
        }

        var format = DateFormat.Read(attribute, prefix);
        if (format is not null && kind != (int)AttributeKind.Date)
        {
            attribute.Problem(attribute.Property("Format"), $"'{prefix}Format' is only read for a date attribute (\"Type\": \"date\").");
        }

        var trueValues = attribute.Property("True") is null ? DefaultTrue.ToList() : Strings(attribute, "True", prefix);
        var falseValues = attribute.Property("False") is null ? DefaultFalse.ToList() : Strings(attribute, "False", prefix);
        if ((attribute.Property("True") ?? attribute.Property("False")) is { } booleanField && kind != (int)AttributeKind.Boolean)
        {
            attribute.Problem(booleanField, $"'{prefix}True' and '{prefix}False' are only read for a boolean attribute (\"Type\": \"boolean\").");
        }

        if (name is not null && spec.Attributes.Any(a => a.Name == name))
        {
            attribute.Problem(attribute.Property("Name") ?? attribute.Property("Column"), $"attribute '{Formatting.Shorten(name)}' is mapped twice; give each attribute its own 'Name'.");
            return;
        }

        if (column is not null && name is not null && kind >= 0)
        {
            spec.Attributes.Add(new AttributeSource(column, name, (AttributeKind)kind, format, trueValues, falseValues));
        }
    }
}
